#!/usr/bin/env bash
# Fuzzes the parsers that read untrusted text (entry files, the IANA registry CSV).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 30)
#   FUZZ_BUILD=--dev scripts/fuzz.sh 15       (unoptimized build: what the test command uses)
#
# FUZZ_BUILD is cargo-fuzz's build mode, `-O` (optimized, the default, for long runs) or
# `--dev`: unoptimized, with debug assertions and overflow checks, and built from cold in
# 5.3 min instead of 11.6 min on 2 cores, which is most of a short run's cost.
#
# With cargo-fuzz and a nightly toolchain it runs the libFuzzer targets in fuzz/; a crash
# is saved under fuzz/artifacts/<target>/ and must become a regression test. Without them
# it runs the property tests (tests/properties.rs) with many cases instead.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"

if cargo +nightly fuzz --version >/dev/null 2>&1; then
    cd fuzz
    for target in entry registry; do
        mkdir -p "corpus/$target"
        echo "fuzzing $target for ${seconds}s"
        cargo +nightly fuzz run "${FUZZ_BUILD:--O}" "$target" "corpus/$target" "seeds/$target" -- \
            -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536
    done
else
    echo "cargo-fuzz or nightly missing (cargo install cargo-fuzz; rustup toolchain install nightly);"
    echo "running the property tests with many cases instead"
    PROPTEST_CASES="${PROPTEST_CASES:-20000}" cargo test --profile test-release --test properties
fi
