#!/usr/bin/env bash
# The benchmarks: the engine over 30 committees × 10 years, report rendering and import; Release, one core.
# Extra arguments go to Google Benchmark (e.g. --benchmark_filter=T2).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release
cmake --build --preset release --target malkoll_bench malkoll_report_bench malkoll_import_bench malkoll-cli
taskset -c 0 ./build/release/tests/bench/malkoll_bench "$@"
taskset -c 0 ./build/release/tests/bench/malkoll_report_bench "$@"
taskset -c 0 ./build/release/tests/bench/malkoll_import_bench "$@"
