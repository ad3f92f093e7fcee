#!/usr/bin/env bash
# Builds the full bundled site (or a span: scripts/bench.sh [LAST_PORT]) and prints pages,
# wall seconds, pages/s, CPU seconds, peak RSS and output bytes. It alternates ROUNDS
# (default 3) first builds with the same files written by a trivial program
# (examples/fs_floor.rs), the filesystem floor, each into a fresh folder, and prints each
# round's build ÷ floor and their median: one pair varies by ±15 % on a small VM. Then it
# times a rebuild (which also deletes the output it replaces).
set -euo pipefail
cd "$(dirname "$0")/.."
last=${1:-65535}
rounds=${ROUNDS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/portsite-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
cargo build --release --quiet --example fs_floor
cp -r content templates locales static "$work/"
sed "s/^  to: 65535$/  to: $last/" site.yaml > "$work/site.yaml"

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# ext4 skips inodes freed in the last half minute when it allocates new ones, so creating
# many files right after deleting many is several times slower; every step waits that out
# (SETTLE=0 to skip) so that each figure measures the step itself.
settle() {
  sync
  # Start every step with the same, empty page cache when allowed (root), so that one step
  # does not pay for reclaiming the cache the previous one filled.
  echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
  sleep "${SETTLE:-35}"
}
# build LABEL OUT: one timed build into $work/OUT; sets $wall.
build() {
  settle
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
    target/release/portsite build --root "$work" --out "$work/$2" 2> "$work/build.log"
  read -r wall user sys rss_kb < "$work/time.txt"
  pages=$(grep -o 'built [0-9]*' "$work/build.log" | grep -o '[0-9]*')
  bytes=$(du -sb "$work/$2" | cut -f1)
  awk -v l="$1" -v p="$pages" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss_kb" -v b="$bytes" 'BEGIN {
    printf "%s: %d pages, wall %.2f s, %.0f pages/s, CPU %.2f s (user %.2f, sys %.2f), peak RSS %.1f MiB, output %.2f GB\n",
      l, p, w, p / w, u + s, u, s, r / 1024, b / 1e9 }'
}
# floor OUT: the trivial writer over the first build's files into $work/OUT; prints
# build ÷ floor for $wall and adds it to $ratios.
ratios=()
floor() {
  settle
  target/release/examples/fs_floor "$work/public-1" "$work/$1" | tee "$work/floor.txt"
  local f; f=$(grep -o 'in [0-9.]* s' "$work/floor.txt" | grep -o '[0-9.]*')
  ratios+=("$(awk -v w="$wall" -v f="$f" 'BEGIN { printf "%.2f", w / f }')")
  echo "build ÷ floor: ${ratios[-1]}×"
}
echo "ports 0-$last, $rounds rounds"
# Nothing is deleted until the end: deleting a few GB slows the file creation that follows.
for round in $(seq 1 "$rounds"); do
  build "first build (round $round)" "public-$round"
  [ "$round" = 1 ] && { grep -E '^(built|search)' "$work/build.log" || true; }
  floor "floor-$round"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
  m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
  printf "build ÷ floor, median of %d rounds: %.2f×\n", NR, m }'
build "rebuild (replacing and deleting the first build's output)" public-1
