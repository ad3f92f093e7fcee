#!/usr/bin/env bash
# Runs every test of portsite: formatting, lints, unit and integration tests, and (when the
# browser tools are installed, as .ci/run does) the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --release --all-targets -- -D warnings
cargo test --release

if [ -x tests/browser/run.sh ]; then
  tests/browser/run.sh
fi
