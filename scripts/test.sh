#!/usr/bin/env bash
# Runs every test of portsite: formatting, lints, unit, integration and property tests, and,
# when their tools are installed (as .ci/run does), the end-to-end tests in headless Chromium
# and a short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --profile test-release --all-targets -- -D warnings
# The feedback collector's tests use SQLite always, and PostgreSQL when this names a server
# and a role that may create databases (.ci/run starts Debian's PostgreSQL and sets it).
if [ -n "${PORTSITE_TEST_POSTGRES_URL:-}" ]; then
  echo "feedback tests: SQLite and PostgreSQL (PORTSITE_TEST_POSTGRES_URL is set)"
else
  echo "feedback tests: PostgreSQL SKIPPED: PORTSITE_TEST_POSTGRES_URL is not set;" \
    "only SQLite is tested (.ci/run starts PostgreSQL and sets it)"
fi
cargo test --profile test-release

skipped=()
if ! command -v chromium >/dev/null || ! command -v nginx >/dev/null; then
  skipped+=("browser tests: Debian's chromium and nginx are not installed (.ci/run installs them)")
elif [ ! -d tests/browser/node_modules ]; then
  skipped+=("browser tests: run 'npm ci' in tests/browser first (.ci/run does)")
else
  tests/browser/run.sh
fi

# The deploy recipes against a real S3 API server (moto) and an rsync target; the script
# says "skipped" and why when rclone, jq, rsync or moto[server] is missing.
tests/deploy/run.sh

# A short fuzzing run of the entry and registry parsers, where cargo-fuzz and a nightly
# toolchain are installed (.ci/run installs cargo-fuzz); the property tests above already
# ran either way. The short run is built unoptimized (half the build time of `-O`, with
# overflow checks); `scripts/fuzz.sh` alone builds optimized for long runs.
if cargo +nightly fuzz --version >/dev/null 2>&1; then
  FUZZ_BUILD="${FUZZ_BUILD:---dev}" scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
else
  skipped+=("fuzzing: cargo-fuzz on a nightly toolchain is not installed (the property tests ran)")
fi

if [ ${#skipped[@]} -eq 0 ]; then
  echo "test.sh: every part ran"
else
  echo "test.sh: skipped ${#skipped[@]} part(s):"
  printf '  - %s\n' "${skipped[@]}"
fi
