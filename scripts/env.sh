# Sourced by the scripts: puts the project's tools first on PATH.
# wasm-opt comes from npm's binaryen (Debian's is too old for wasm-bindgen 0.2.130 output).
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
