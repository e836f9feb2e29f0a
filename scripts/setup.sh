#!/usr/bin/env bash
# Idempotent set-up: Debian packages that are missing, then .venv with the pinned test tools.
# Safe to run twice; uses sudo only when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  qgis python3-qgis qgis-providers python3-venv
  pyqt5-dev-tools qttools5-dev-tools
  fonts-noto-core poppler-utils xvfb xauth
  python3-openpyxl python3-xlrd make
  postgresql-15 postgresql-15-postgis-3 python3-psycopg2
)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# Reinstall only when the requirements changed. pip leaves Debian's numpy and
# every library QGIS uses alone: none of the pinned tools needs them.
stamp=.venv/.requirements.sha
want=$(sha256sum requirements-test.txt | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import qgis.core, pytest_qgis" >/dev/null
