# Sourced by the scripts: puts the project's tools first on PATH.
# wasm-opt comes from npm's binaryen (Debian's is too old for wasm-bindgen 0.2.130 output).
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Tools installed by `cargo install` live in CARGO_HOME/bin (by default ~/.cargo/bin).
export PATH="$PROJECT_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium

# The release build of the app (scripts/build.sh, scripts/serve.sh; never the tests): the
# standard library is rebuilt for size (rust-src component), without panic location strings
# or `{:?}` formatting (no user-visible text uses either), and a panic aborts at once: no
# unwinding and no panic hook, the trap reaches JavaScript, where scripts/crash-handler.js
# shows the crash panel. These are unstable cargo/rustc options; RUSTC_BOOTSTRAP=1 lets the
# stable toolchain pinned in rust-toolchain.toml take them, for this build only (what each
# saves is in BENCHMARKS.md). A new toolchain may change or drop them: change the pin on purpose.
release_size_env() {
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
}
