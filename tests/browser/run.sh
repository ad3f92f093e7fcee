#!/usr/bin/env bash
# End-to-end browser tests: builds the bundled site (ports 0-3999) with an optimized binary,
# serves it with nginx on a free loopback port, with `portsite feedback serve` behind
# /api/feedback, and runs the specs in headless Chromium with Node's test runner: every spec
# with the collector on SQLite, then the feedback spec again with it on PostgreSQL when
# PORTSITE_TEST_POSTGRES_URL is set (.ci/run sets it). Exits non-zero when any test fails.
# Screenshots go to target/browser/.
# Usage: tests/browser/run.sh [spec files, relative to tests/browser/]  (default: all specs)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
shots="$repo/target/browser"

for tool in nginx node "${CHROMIUM:-/usr/bin/chromium}"; do
  if ! command -v "$tool" >/dev/null; then
    echo "browser tests: '$tool' is missing; install Debian's chromium and nginx (see .ci/run)" >&2
    exit 1
  fi
done

work="$(mktemp -d -t portsite-browser.XXXXXX)"
collector_pid=""
cleanup() {
  if [ -n "$collector_pid" ]; then
    kill "$collector_pid" 2>/dev/null || true
  fi
  if [ -f "$work/nginx.pid" ]; then
    kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  fi
  if [ -n "${KEEP_BROWSER_TMP:-}" ]; then
    echo "browser tests: kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

echo "browser tests: building portsite (profile test-release)"
(cd "$repo" && cargo build --profile test-release --quiet)

port="$(free_port)"
feedback_port="$(free_port)"
base="http://127.0.0.1:$port"
site="$work/site"
mkdir -p "$site" "$shots"
cp -r "$repo"/{content,templates,locales,static,site.yaml} "$site/"
# A port subset keeps the build to seconds; it includes the curated 22, 53, 80, 443, 3000,
# 3306, 3389 and 3712. The specs read the span's end from PORT_SPAN_END.
span_end=3999
sed -i -e "s/^\(  to:\) 65535\$/\1 $span_end/" "$site/site.yaml"
if ! grep -q "^  to: $span_end\$" "$site/site.yaml"; then
  echo "browser tests: could not limit the port span in site.yaml (expected a line '  to: 65535')" >&2
  exit 1
fi
# Every curated entry is translated now; drop one translation from the copy so that the
# English fallback (marked lang=en dir=ltr on an Arabic page) stays under test.
fallback="$site/content/ports/3000/index.ar.md"
if [ ! -f "$fallback" ]; then
  echo "browser tests: expected $fallback to drop for the fallback test (see specs/layout.test.mjs)" >&2
  exit 1
fi
rm "$fallback"
echo "browser tests: building ports 0-$span_end for $base"
"$target_dir/test-release/portsite" build --root "$site" --base-url "$base"

# One localized 404 location per locale folder that has its own 404 page.
locale_404=""
for page in "$site"/public/*/404.html; do
  [ -e "$page" ] || continue
  code="$(basename "$(dirname "$page")")"
  locale_404+="        location /$code/ {
            error_page 404 /$code/404.html;
            try_files \$uri \$uri/ =404;
        }
"
done
mkdir -p "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
: >"$work/feedback.log"
LOCALE_404="$locale_404" node -e '
  const fs = require("fs");
  const [template, out, tmp, port, pub, user, feedbackPort, repo] = process.argv.slice(1);
  const text = fs.readFileSync(template, "utf8")
    .replaceAll("@TMP@", tmp).replaceAll("@PORT@", port).replaceAll("@PUBLIC@", pub)
    .replaceAll("@USER@", user).replace("@LOCALE_404@", process.env.LOCALE_404)
    .replaceAll("@FEEDBACK_PORT@", feedbackPort).replaceAll("@REPO@", repo);
  fs.writeFileSync(out, text);
' "$here/nginx.conf.template" "$work/nginx.conf" "$work" "$port" "$site/public" "$(id -un)" \
  "$feedback_port" "$repo"
nginx -p "$work" -e "$work/error.log" -c "$work/nginx.conf"

# The feedback collector behind nginx's /api/feedback, on the database URL $1.
start_collector() {
  : >"$work/collector.log"
  "$target_dir/test-release/portsite" feedback serve --root "$site" --db "$1" \
    --bind "127.0.0.1:$feedback_port" --trust-proxy --base-url "$base" >>"$work/collector.log" 2>&1 &
  collector_pid=$!
  for _ in $(seq 100); do
    if grep -q "listening on" "$work/collector.log"; then
      return 0
    fi
    if ! kill -0 "$collector_pid" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  echo "browser tests: the feedback collector did not start:" >&2
  cat "$work/collector.log" >&2
  exit 1
}
stop_collector() {
  kill "$collector_pid" 2>/dev/null || true
  wait "$collector_pid" 2>/dev/null || true
  collector_pid=""
}
sqlite_db="sqlite://$work/feedback.db"
start_collector "$sqlite_db"

for _ in $(seq 50); do
  if node -e 'require("net").connect(+process.argv[1],"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))' "$port"; then
    break
  fi
  sleep 0.1
done

if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

echo "browser tests: running against $base"
cd "$here"
if [ "$#" -eq 0 ]; then
  set -- specs/*.test.mjs
fi
status=0
run_specs() { # database URL, backend name, spec files...
  local db="$1" backend="$2"
  shift 2
  SITE_URL="$base" PORT_SPAN_END="$span_end" FEEDBACK_LOG="$work/feedback.log" SCREENSHOTS="$shots" \
    PORTSITE="$target_dir/test-release/portsite" PORTSITE_BIN="$target_dir/test-release/portsite" \
    PORTSITE_REPO="$repo" SITE_ROOT="$site" FEEDBACK_DB="$db" \
    FEEDBACK_BACKEND="$backend" node --test --test-reporter=spec "$@" || status=$?
}
echo "browser tests: feedback collector on SQLite"
run_specs "$sqlite_db" sqlite "$@"

# The feedback flows once more with the collector on PostgreSQL.
feedback_specs=()
for spec in "$@"; do
  case "$spec" in *feedback.test.mjs) feedback_specs+=("$spec") ;; esac
done
if [ "${#feedback_specs[@]}" -eq 0 ]; then
  :
elif [ -z "${PORTSITE_TEST_POSTGRES_URL:-}" ]; then
  echo "browser tests: SKIPPED the feedback spec on PostgreSQL: PORTSITE_TEST_POSTGRES_URL is not set" \
    "(.ci/run starts Debian's PostgreSQL and sets it)"
else
  stop_collector
  echo "browser tests: feedback collector on PostgreSQL"
  start_collector "$PORTSITE_TEST_POSTGRES_URL"
  run_specs "$PORTSITE_TEST_POSTGRES_URL" postgres "${feedback_specs[@]}"
fi

if [ "$status" -ne 0 ]; then
  echo "browser tests: failed; nginx error log:" >&2
  tail -n 20 "$work/error.log" >&2 || true
  echo "browser tests: feedback collector log:" >&2
  tail -n 20 "$work/collector.log" >&2 || true
fi
exit "$status"
