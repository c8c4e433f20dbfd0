#!/usr/bin/env bash
# Runs every test: lint, host tests, component tests in headless Chromium, end-to-end tests.
# Installs missing tools first. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
start=$(date +%s)

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

step "all tests passed in $(( $(date +%s) - start )) s"
