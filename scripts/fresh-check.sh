#!/usr/bin/env bash
# The fresh-machine check: runs the README's two commands the way a new machine would, without
# a new machine. For each command it makes a fresh clone of the committed HEAD (no target/, no
# node_modules/, `../shared` beside it as in CI) with an empty cargo home (no registry cache)
# and an empty npm cache. Only what a machine with rustup and Node 20 has, plus the binaries
# already installed by `cargo install` (Trunk, wasm-bindgen) in ~/.cargo/bin, stays on PATH, so
# every crate and npm package must be fetched again by the scripts' own install step.
#   test:  scripts/test.sh must pass;
#   serve: scripts/serve.sh must serve the page, and a browser must be able to search it.
# Prints each part's wall time and the test command's time per step.
# Usage: scripts/fresh-check.sh [test|serve|all]   (default all; work dir: $FRESH_DIR or a temp dir)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PART="${1:-all}"
case "$PART" in test|serve|all) ;; *) echo "usage: $0 [test|serve|all]" >&2; exit 2 ;; esac
WORK="${FRESH_DIR:-$(mktemp -d /tmp/belarus-fresh.XXXXXX)}"
mkdir -p "$WORK"

say() { printf '\n\033[1m[fresh-check] %s\033[0m\n' "$*"; }
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then
  say "note: uncommitted changes are not checked (the clone holds the committed HEAD only)"
fi

# A fresh clone in $WORK/$1 with an empty cargo home and npm cache; prints the clone's path.
fresh_clone() {
  local dir="$WORK/$1"
  rm -rf "$dir"; mkdir -p "$dir/cargo-home" "$dir/npm-cache"
  git clone --quiet "$ROOT" "$dir/belarus-reader"
  if [ -d "$ROOT/../shared" ]; then ln -s "$(cd "$ROOT/../shared" && pwd)" "$dir/shared"; fi
  echo "$dir/belarus-reader"
}

# Runs "$@" in a clean environment for the clone in $WORK/$1.
in_fresh_env() {
  local dir="$WORK/$1"; shift
  env -u CARGO_TARGET_DIR -u RUSTFLAGS -u RUSTC_BOOTSTRAP -u NODE_PATH \
    CARGO_HOME="$dir/cargo-home" npm_config_cache="$dir/npm-cache" "$@"
}

summary=""
check_test() {
  local clone; clone=$(fresh_clone test)
  say "test: scripts/test.sh in $clone (log: $WORK/test/test.log)"
  local t0; t0=$(date +%s)
  if ! (cd "$clone" && in_fresh_env test scripts/test.sh) >"$WORK/test/test.log" 2>&1; then
    tail -40 "$WORK/test/test.log"
    say "test: FAILED after $(( $(date +%s) - t0 )) s (full log: $WORK/test/test.log)"
    exit 1
  fi
  summary+="test:  scripts/test.sh passed in $(( $(date +%s) - t0 )) s; its steps:"$'\n'
  summary+="$(sed -n '/^ *[0-9]* s  /p' "$WORK/test/test.log")"$'\n'
}

check_serve() {
  local clone; clone=$(fresh_clone serve)
  local port; port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  say "serve: scripts/serve.sh on port $port in $clone (log: $WORK/serve/serve.log)"
  local t0; t0=$(date +%s)
  (cd "$clone" && in_fresh_env serve setsid env PORT="$port" scripts/serve.sh) >"$WORK/serve/serve.log" 2>&1 &
  local pid=$!
  trap 'kill -- -"$pid" 2>/dev/null || true' EXIT
  # Up to 40 minutes: a slow machine compiles everything the first time.
  until curl -fsS "http://127.0.0.1:$port/" 2>/dev/null | grep -q '\.wasm'; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(date +%s) - t0 )) -gt 2400 ]; then
      tail -40 "$WORK/serve/serve.log"
      say "serve: FAILED, no page served after $(( $(date +%s) - t0 )) s"
      exit 1
    fi
    sleep 3
  done
  local served=$(( $(date +%s) - t0 ))
  (cd "$clone" && node scripts/check-served.mjs "http://127.0.0.1:$port/")
  kill -- -"$pid" 2>/dev/null || true
  trap - EXIT
  summary+="serve: scripts/serve.sh served the page after $served s, and it searches"$'\n'
}

start=$(date +%s)
if [ "$PART" != serve ]; then check_test; fi
if [ "$PART" != test ]; then check_serve; fi
say "passed in $(( $(date +%s) - start )) s"
printf '%s' "$summary"
