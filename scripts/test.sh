#!/usr/bin/env bash
# Runs every test: lint, host tests, component tests in headless Chromium, end-to-end tests.
# Installs missing tools first. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's wall time, printed at the end (the fresh-machine check reads it).
start=$(date +%s)
step_name=""; step_start=$start; timings=""
step() {
  local now; now=$(date +%s)
  [ -n "$step_name" ] && timings+="$(printf '%6d s  %s' $((now - step_start)) "$step_name")"$'\n'
  step_name="$*"; step_start=$now
  [ -n "$step_name" ] && printf '\n\033[1m==> %s\033[0m\n' "$*"
  return 0
}

step "install tools"
scripts/install-tools.sh
source scripts/env.sh

step "format and lint"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p belarus-reader --all-targets -- -D warnings

step "host tests (libraries, content integrity, search relevance)"
cargo test --workspace

step "component tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown -p belarus-reader

step "release build"
scripts/build.sh

step "end-to-end tests (playwright-core driving /usr/bin/chromium)"
node --test --test-concurrency=1 tests/e2e/

step ""
printf '\n%s' "$timings"
printf '\n\033[1m==> all tests passed in %d s\033[0m\n' $(( $(date +%s) - start ))
