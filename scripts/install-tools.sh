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

# rust-src: the release build rebuilds the standard library for size (scripts/env.sh).
for component in clippy rustfmt rust-src; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

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
