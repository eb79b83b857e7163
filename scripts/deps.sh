#!/usr/bin/env bash
# Installs the Debian 12 packages Målkoll needs to build, test and look at itself.
# Skips apt-get entirely when every package is already present (warm machine).
set -euo pipefail
PKGS=(
  build-essential dpkg-dev cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev libgl-dev libsqlite3-dev
  libxlsxwriter-dev libminizip-dev libqpdf-dev python3-openpyxl
  postgresql libqt6sql6-psql
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core sqlite3
  clang libclang-rt-14-dev
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PKGS[@]} packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
