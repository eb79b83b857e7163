#!/usr/bin/env bash
# Quick start (b): install what is missing, build with warnings as errors, run every test.
# The parsers of outside files (CSV, report text) are also fuzzed briefly with libFuzzer
# (clang build in build/fuzz); the full test suite runs last.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz
ctest --preset ci
