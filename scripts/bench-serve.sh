#!/usr/bin/env bash
# Measures `portsite serve` on the full bundled site (examples/serve_bench.rs): start to
# first page, edit to reloaded page for each kind of source, memory after browsing 10,000
# pages, and that public/ stays untouched. Usage: scripts/bench-serve.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
work=$(mktemp -d "${TMPDIR:-/tmp}/portsite-serve-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
cargo build --release --quiet --example serve_bench
# The benchmark edits the sources: it works on a copy.
cp -r content templates locales static site.yaml "$work/"
echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "site: the bundled site, all 65,536 ports x 4 locales; $rounds runs per figure"
# Start-up reads the sources; a first run after boot reads them from disk, later ones from
# the page cache. Drop the cache first (as root) so the first run is the cold one.
sync
echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
target/release/examples/serve_bench target/release/portsite "$work" "$rounds"
