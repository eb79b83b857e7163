#!/usr/bin/env bash
# Rewrites the golden files in tests/data/golden (the demo's status table and report text) from
# the current build, after a change that is meant to alter them; review `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target malkoll-cli
cmake -DCLI=build/ci/app/malkoll-cli -DPDFTOTEXT="$(command -v pdftotext)" -DGOLDEN_DIR="$PWD/tests/data/golden" \
      -DWORK_DIR="$PWD/build/ci/tests/golden" -DUPDATE=ON -P tests/check_golden.cmake
git --no-pager diff --stat -- tests/data/golden
