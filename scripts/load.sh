#!/usr/bin/env bash
# The shared store under load: 50 simulated enhetschefer (separate connections, each logged in as
# their own PostgreSQL role with their own unit) enter a whole T1 at once — 20 values each, then
# submit their unit's part — against a throwaway cluster (Unix socket, no TCP). Release build.
# Prints saves per second, the latency of one save (p50, p95, max), and the checks: nothing lost,
# duplicated or wrong, every value audited under its enhetschef's login; and the same run's baseline
# (the same sessions sending as many plain SELECT 1 at once), as the VM's speed varies.
#   bash scripts/load.sh [--users N] [--values N] [--committees N] [--pace SECONDS]
# (--committees spreads the users over that many committees of one city store; --pace has each
# user save once every SECONDS on average, at random moments, as a person would.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target malkoll_load
dir=/tmp/malkoll-load-$$
trap 'bash scripts/pgtest.sh stop "$dir"' EXIT
bash scripts/pgtest.sh start "$dir"
PGPASSFILE="$dir/pgpass" ./build/release/tests/bench/malkoll_load --socket "$dir/sock" --users 50 --values 20 "$@"
