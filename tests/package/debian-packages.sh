#!/bin/sh
# The Debian packages as a person gets them: built by CPack from this build, checked by lintian (no error), installed
# with apt-get, used from the installed paths (taxbox-cli --version and a calculation, taxbox started under the
# offscreen platform, taxbox-server --version and its unit), then removed, leaving nothing of theirs behind.
# Needs root and apt-get (CI, or a throw-away Debian machine); skipped elsewhere, and skipped when a taxbox package is
# installed already (it is not ours to remove).
set -eu
BUILD_DIR=$1
SKIP=77
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null || ! command -v lintian >/dev/null; then
    echo "SKIP: needs root, apt-get and lintian (scripts/install-deps-debian.sh --with-test-tools)"; exit $SKIP
fi
if dpkg -s taxbox >/dev/null 2>&1 || dpkg -s taxbox-server >/dev/null 2>&1; then
    echo "SKIP: a taxbox package is installed already"; exit $SKIP
fi
work=$(mktemp -d)
cleanup() {
    apt-get remove -y -q taxbox taxbox-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack"
(cd "$BUILD_DIR" && cpack -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
desktop=$(ls "$work"/packages/taxbox_*_amd64.deb)
server=$(ls "$work"/packages/taxbox-server_*_amd64.deb)

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$desktop" "$server"

echo "== install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$desktop" "$server" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
version=$(sed -n 's/^project(Taxbox$//; s/^ *VERSION \([0-9.]*\)$/\1/p' "$(dirname "$0")/../../CMakeLists.txt" | head -n1)
test "$(command -v taxbox-cli)" = /usr/bin/taxbox-cli
/usr/bin/taxbox-cli --version | grep -q "\"version\":\"$version\"" || { /usr/bin/taxbox-cli --version; exit 1; }
# A calculation from the installed path: a year-end bonus of 36,001 taxed on its own keeps 32,610.90 (docs/cli.md).
out=$(echo '{"bonus":"36001"}' | /usr/bin/taxbox-cli calc iit-bonus)
echo "$out" | grep -q '"after_tax":"32610.90"' || { echo "$out"; exit 1; }
/usr/bin/taxbox-server --version | grep -q "taxbox-server $version"
test -f /usr/lib/systemd/system/taxbox-server.service
if command -v systemd-analyze >/dev/null; then
    # The unit as systemd reads it, and its hardening: an exposure of at most 2.0 of 10 (it is 1.2 today).
    systemd-analyze verify --man=no /usr/lib/systemd/system/taxbox-server.service
    systemd-analyze security --offline=true --threshold=20 /usr/lib/systemd/system/taxbox-server.service | tail -n 1
fi
test -f /usr/share/applications/cn.taxbox.Taxbox.desktop
test -f /usr/share/icons/hicolor/256x256/apps/cn.taxbox.Taxbox.png
test -f /usr/share/metainfo/cn.taxbox.Taxbox.metainfo.xml
test -f /usr/share/man/man1/taxbox-cli.1.gz
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/cn.taxbox.Taxbox.desktop; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net /usr/share/metainfo/cn.taxbox.Taxbox.metainfo.xml; fi
# The desktop starts from the installed path (first run: the workspace wizard) and quits.
title=$(HOME="$work/home" QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 timeout 60 /usr/bin/taxbox --quit-after-start)
echo "taxbox opened: $title"
test -n "$title"

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q taxbox taxbox-server >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
for path in /usr/bin/taxbox /usr/bin/taxbox-cli /usr/bin/taxbox-server /usr/share/applications/cn.taxbox.Taxbox.desktop \
    /usr/lib/systemd/system/taxbox-server.service /usr/share/doc/taxbox; do
    if [ -e "$path" ]; then echo "left behind: $path"; exit 1; fi
done
# The configuration is a conffile: removal keeps it (purge removes it).
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q taxbox-server >/dev/null 2>&1
if [ -e /etc/taxbox/server.env ]; then echo "left behind after purge: /etc/taxbox/server.env"; exit 1; fi
echo "packages: built, lint-free, installed, used and removed"
