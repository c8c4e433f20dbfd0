#!/usr/bin/env bash
# The benchmark (issue 9; not part of scripts/test.sh): builds the release bundle, then prints
#   - every file of dist/ with raw, gzip and brotli sizes, and what a first visit downloads;
#   - navigation -> first result of `#/?q=Lukashenko` over cold loads in headless Chromium;
#   - input -> results latency (and -> next paint) for a fixed list of queries;
#   - the host criterion figures of reader-search (cargo bench).
# Results also go to target/bench/results.{md,json}; BENCHMARKS.md records them with the date.
# Options: --no-build, --no-criterion, --quick (fewer runs); others go to tests/bench/bench.mjs
# (--loads N, --runs N, --dist DIR).
# --throttled: instead, the start-up bench of issue 18 (tests/bench/startup.mjs: Lighthouse mobile,
# bytes until the text is readable, a query typed at first sight of the box; the reader against a
# plain-HTML reference page); its options (--lh-runs N, --loads N, --quick, --dist DIR) pass on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

build=1 criterion=1 throttled=0 pass=()
for a in "$@"; do
  case "$a" in
    --throttled) throttled=1 ;;
    --no-build) build=0 ;;
    --no-criterion) criterion=0 ;;
    *) pass+=("$a") ;;
  esac
done

mkdir -p target/bench
if [ "$build" = 1 ]; then
  echo "==> release build (scripts/build.sh)" >&2
  scripts/build.sh >&2
fi
if [ "$throttled" = 1 ]; then
  echo "==> start-up bench (issue 18): Lighthouse and headless Chromium on 127.0.0.1" >&2
  exec node tests/bench/startup.mjs "${pass[@]}"
fi
if [ "$criterion" = 1 ]; then
  echo "==> cargo bench -p reader-search" >&2
  cargo bench -p reader-search 2>/dev/null >target/bench/criterion.txt
  pass+=(--criterion target/bench/criterion.txt)
fi
echo "==> browser measurements (headless Chromium on 127.0.0.1)" >&2
node tests/bench/bench.mjs "${pass[@]}"
