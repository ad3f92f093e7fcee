#!/usr/bin/env bash
# Runs every test of portsite: formatting, lints, unit, integration and property tests, and,
# when their tools are installed (as .ci/run does), the end-to-end tests in headless Chromium
# and a short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --release --all-targets -- -D warnings
cargo test --release

if [ -x tests/browser/run.sh ]; then
  tests/browser/run.sh
fi

# The deploy recipes against a real S3 API server (moto) and an rsync target; the script
# says "skipped" and why when rclone, jq, rsync or moto[server] is missing.
tests/deploy/run.sh

# A short fuzzing run of the entry and registry parsers, where cargo-fuzz and a nightly
# toolchain are installed (.ci/run installs cargo-fuzz); the property tests above already
# ran either way.
if cargo +nightly fuzz --version >/dev/null 2>&1; then
  scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
fi
