#!/usr/bin/env bash
# The engine benchmark: Release build, 30 committees × 10 years, one core.
# Extra arguments go to Google Benchmark (e.g. --benchmark_filter=T2).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release
cmake --build --preset release --target malkoll_bench malkoll-cli
exec taskset -c 0 ./build/release/tests/bench/malkoll_bench "$@"
