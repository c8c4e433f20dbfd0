#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there. Safe to run again.
# Nothing here downloads its own binaries: tools come from crates.io, Debian and npm only.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22 needs rustc 1.96
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock (Trunk compares the strings)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null \
  || ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)'; then
  echo "Node.js >= 20.10 with npm is required (the end-to-end tests use node --test and playwright-core)." >&2
  echo "Debian 12's nodejs package is 18; install Node 20+ (e.g. from NodeSource) and run this again." >&2
  exit 1
fi

# The toolchain, its components and the wasm32 target are pinned in rust-toolchain.toml;
# rustup installs exactly those (and nothing when they are there already).
say "checking the pinned Rust toolchain (rust-toolchain.toml)"
rustup toolchain install || {
  echo "rustup could not install the toolchain pinned in rust-toolchain.toml (network? proxy?)." >&2
  echo "Check that static.rust-lang.org is reachable, then run this again." >&2
  exit 1
}

# Trunk builds offline (TRUNK_OFFLINE, scripts/env.sh), so every crate it compiles must be in the
# cargo cache first: the workspace's, and, for the size build, the standard library's own
# dependencies (rebuilt from rust-src under -Zbuild-std, which resolves library/Cargo.lock).
say "fetching the crates of the workspace and of the standard library (for the offline builds)"
fetch_failed() {
  echo "Could not download crates from crates.io into ${CARGO_HOME:-$HOME/.cargo}." >&2
  echo "Check the network (or CARGO_HTTP_PROXY / a registry mirror in CARGO_HOME/config.toml), then run this again." >&2
  exit 1
}
cargo fetch --locked || fetch_failed
( source scripts/env.sh && release_size_env && cargo fetch --locked --target wasm32-unknown-unknown ) || fetch_failed

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (10-25 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (5-9 minutes)"
  # no --locked: the registry lacks one dependency version of its lock file
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y chromium chromium-driver || { $SUDO apt-get update && $SUDO apt-get install -y chromium chromium-driver; }
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages from package-lock.json (playwright-core, axe-core, binaryen's wasm-opt, terser)"
  npm ci --no-audit --no-fund
fi
