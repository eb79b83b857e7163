#!/usr/bin/env bash
# Quick start (a): install what is missing, build, and start Målkoll on the bundled demo store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset default
cmake --build --preset default
exec ./build/default/app/malkoll --demo "$@"
