#!/usr/bin/env bash
# Quick start (b): install what is missing, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
