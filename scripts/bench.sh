#!/usr/bin/env bash
# The benchmarks: the engine over 30 committees × 10 years (against a raw sqlite3 scan of the same
# rows), report rendering, import, and the window on the city store; Release, one core.
# Extra arguments go to Google Benchmark (e.g. --benchmark_filter=T2). With --server first: the
# shared store over a 5 ms link instead (a throwaway cluster and a delaying proxy; MALKOLL_BENCH_DELAY_MS
# sets each direction's delay, default 2.5 ms).
# MALKOLL_BENCH_STORE=FILE benchmarks an existing store instead of the generated one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if [ "${1:-}" = "--server" ]; then
  shift
  cmake --preset release >/dev/null
  cmake --build --preset release --target malkoll_latency_bench
  dir=/tmp/malkoll-latency-$$
  trap 'bash scripts/pgtest.sh stop "$dir"' EXIT
  bash scripts/pgtest.sh start "$dir"
  PGPASSFILE="$dir/pgpass" ./build/release/tests/bench/malkoll_latency_bench --socket "$dir/sock" "$@"
  exit 0
fi
cmake --preset release
cmake --build --preset release --target malkoll_bench malkoll_report_bench malkoll_import_bench malkoll_ui_bench malkoll-cli
if [ -z "${MALKOLL_BENCH_STORE:-}" ]; then
  # The city store, generated once per build of the generator (it takes a few seconds).
  store=build/release/bench-city.malkoll
  if [ ! -f "$store" ] || [ build/release/app/malkoll-cli -nt "$store" ]; then
    ./build/release/app/malkoll-cli generate --out "$store" --force
  fi
  export MALKOLL_BENCH_STORE="$PWD/$store"
fi
export QT_QPA_PLATFORM=offscreen
taskset -c 0 ./build/release/tests/bench/malkoll_bench "$@"
taskset -c 0 ./build/release/tests/bench/malkoll_report_bench "$@"
taskset -c 0 ./build/release/tests/bench/malkoll_import_bench "$@"
taskset -c 0 ./build/release/tests/bench/malkoll_ui_bench "$@"
