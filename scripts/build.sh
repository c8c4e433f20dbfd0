#!/usr/bin/env bash
# Builds the release bundle into dist/ (tools must be installed: scripts/install-tools.sh), then
# the single-file build dist-single/belarus-reader.html from it. Trunk's post_build hook
# (scripts/post-build.mjs, see Trunk.toml) moves the loader to a file and writes the service
# worker's precache list.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
release_size_env
# wasm-bindgen writes the app's JavaScript snippets here and never deletes old ones; Trunk
# preloads every file it finds, so a snippet from an earlier build would be linked (and 404).
rm -rf target/wasm-bindgen/release/snippets
trunk build --release --offline "$@"
node scripts/single-file.mjs dist dist-single/belarus-reader.html
