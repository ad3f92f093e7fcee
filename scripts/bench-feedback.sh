#!/usr/bin/env bash
# Load test of the feedback collector with wrk (Debian's `wrk`): sustained votes/s and latency
# percentiles on loopback, with SQLite and, when PORTSITE_BENCH_POSTGRES_URL (or
# PORTSITE_TEST_POSTGRES_URL) names a database, with PostgreSQL. Each vote is a new row
# (random page, random reader). Usage: scripts/bench-feedback.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-64}
if ! command -v wrk >/dev/null; then
  echo "bench-feedback: wrk is missing: apt-get install wrk" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/portsite-bench-feedback.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet
echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: 1 thread, $connections connections, ${seconds} s, keep-alive; collector: 2 worker threads"

# bench NAME URL [ARGS...]: one run against a fresh collector on URL.
bench() {
  local name=$1 url=$2
  shift 2
  : >"$work/collector.log"
  target/release/portsite feedback serve --root . --db "$url" --bind 127.0.0.1:0 \
    --trust-proxy --rate-limit 0 "$@" >"$work/collector.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    grep -q "listening on" "$work/collector.log" && break
    sleep 0.1
  done
  local addr
  addr=$(grep -o 'http://[0-9.:]*' "$work/collector.log" | head -n 1)
  # A short warm-up, then the measured run.
  wrk -t1 -c"$connections" -d2s -s scripts/wrk-feedback.lua "$addr" >/dev/null
  local ticks_before ticks_after
  ticks_before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s scripts/wrk-feedback.lua "$addr" >"$work/wrk.txt"
  ticks_after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" || true; pid=""
  local rps p50 p99 errors requests cpu
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/ { print $5 } /Socket errors/ { print $0 }' "$work/wrk.txt")
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  # The collector's own CPU time per vote: what the machine's other load does not change.
  cpu=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "%.0f", t / hz / n * 1e6 }')
  printf '%s: %s votes/s, p50 %s, p99 %s, collector CPU %s µs/vote%s\n' \
    "$name" "$rps" "$p50" "$p99" "$cpu" "${errors:+, not 2xx: $errors}"
  cp "$work/wrk.txt" "target/bench-feedback-$name.txt"
}

bench sqlite "sqlite://$work/feedback.db"
bench sqlite-full "sqlite://$work/feedback-full.db" --sqlite-sync full
# PostgreSQL: a database of its own, created and dropped through the given URL's role
# (which may create databases, as the tests' role does).
admin_url=${PORTSITE_BENCH_POSTGRES_URL:-${PORTSITE_TEST_POSTGRES_URL:-}}
if [ -z "$admin_url" ]; then
  echo "postgres: SKIPPED: set PORTSITE_BENCH_POSTGRES_URL (or PORTSITE_TEST_POSTGRES_URL)"
elif ! command -v psql >/dev/null; then
  echo "postgres: SKIPPED: psql is missing (apt-get install postgresql-client)"
else
  bench_db="portsite_bench_$$"
  psql -q "$admin_url" -c "CREATE DATABASE $bench_db"
  pg_url=$(echo "$admin_url" | sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$bench_db#")
  bench postgres "$pg_url" || true
  psql -q "$admin_url" -c "DROP DATABASE $bench_db WITH (FORCE)"
fi
echo "full wrk output: target/bench-feedback-*.txt"
