#!/usr/bin/env bash
# Builds the release bundle into dist/ (tools must be installed: scripts/install-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline "$@"
