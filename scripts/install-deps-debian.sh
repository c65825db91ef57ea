#!/bin/sh
# Installs what Taxbox needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Idempotent: does nothing when every package is already installed. Runs apt-get as root
# (directly, or through sudo when started as another user). Never prompts.
set -eu

packages="
cmake ninja-build g++ pkg-config clang-format
qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
libgl-dev libpq-dev libsqlcipher-dev libssl-dev libcurl4-openssl-dev libgmp-dev libquazip1-qt6-dev libqrencode-dev
libpoppler-cpp-dev libzxing-dev
fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core
"
# Tests and screenshots on machines without a display; PostgreSQL for the server's database tests
# (each test makes a throwaway cluster); wrk for bench/sync; pdftoppm (poppler-utils) to render invoice PDFs; Node.js and npm for the OpenAPI validator;
# the packaging tests: dpkg-dev (dpkg-shlibdeps), lintian, appstream and desktop-file-utils (validators), nsis (makensis
# compiles the Windows installer's script); HAProxy for the multi-node server test.
if [ "${1:-}" = "--with-test-tools" ]; then
    packages="$packages xvfb xauth openssl postgresql wrk poppler-utils"
    packages="$packages dpkg-dev lintian appstream desktop-file-utils nsis haproxy"
    command -v npx >/dev/null 2>&1 || packages="$packages nodejs npm"
fi

missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    run() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
    run() { sudo "$@"; }
else
    echo "install-deps-debian.sh: need root or sudo to install:$missing" >&2
    exit 1
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
run apt-get update -q
# shellcheck disable=SC2086
run apt-get install -y -q --no-install-recommends $missing </dev/null
