#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080, or the port in $PORT
# (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
source scripts/env.sh
release_size_env
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
