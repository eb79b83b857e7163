#!/usr/bin/env bash
# The full crash-safety run: 100 SIGKILLs during a stream of edits (CI runs 20 in the test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset default
cmake --build --preset default --target test_reliability malkoll-cli
MALKOLL_CRASH_KILLS="${1:-100}" QT_QPA_PLATFORM=offscreen ./build/default/tests/test_reliability
