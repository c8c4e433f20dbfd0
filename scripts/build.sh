#!/usr/bin/env bash
# Builds the release bundle into dist/ (tools must be installed: scripts/install-tools.sh), then
# the single-file build dist-single/belarus-reader.html from it. Trunk's post_build hook
# (scripts/post-build.mjs, see Trunk.toml) moves the loader to a file and writes the service
# worker's precache list.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
release_size_env
trunk build --release --offline "$@"
node scripts/single-file.mjs dist dist-single/belarus-reader.html
