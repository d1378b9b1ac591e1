#!/bin/sh
# Builds the Debian package with CPack, installs it with dpkg, runs the installed program, checks
# the installed files, then removes the package. Needs root (CI runs as root); skips otherwise.
# Usage: deb_package_test.sh BUILD_DIR
set -eu
build_dir=$1

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a .deb needs root (CI runs as root); run as root to check the package"
    exit 77
fi
if dpkg-query -W -f='${Status}' steadyline 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a steadyline package is already installed on this machine; not touching it"
    exit 77
fi

work=$(mktemp -d)
installed=0
cleanup() {
    [ "$installed" = 1 ] && dpkg -r steadyline >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/steadyline_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
    echo "$depends" | grep -q "$needed" || fail "the package does not depend on $needed"
done

dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
installed=1
for file in /usr/bin/steadyline \
    /usr/share/applications/app.steadyline.Steadyline.desktop \
    /usr/share/metainfo/app.steadyline.Steadyline.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/app.steadyline.Steadyline.svg \
    /usr/share/steadyline/playbooks/aggressive-caller-pl.json \
    /usr/share/steadyline/playbooks/schema/playbook.schema.json; do
    [ -e "$file" ] || fail "$file is not installed"
done
# The caller's voice, when it was built: where the app looks for it (lib/steadyline beside bin),
# and what it needs is in the package's dependencies.
if [ -e "$build_dir/lib/steadyline/libsteadyline_voice.so" ]; then
    [ -e /usr/lib/steadyline/libsteadyline_voice.so ] || fail "/usr/lib/steadyline/libsteadyline_voice.so is not installed"
    echo "$depends" | grep -q libqt6texttospeech6 || fail "the package does not depend on libqt6texttospeech6"
fi

version=$(/usr/bin/steadyline --version) || fail "/usr/bin/steadyline --version failed"
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
[ "$version" = "steadyline $expected" ] || fail "--version says '$version', the package is $expected"
# The glob must find the shipped playbooks, and each must be valid.
set -- /usr/share/steadyline/playbooks/*.json
[ "$#" -ge 8 ] || fail "only $# playbooks installed"
steadyline validate "$@" || fail "the installed playbooks do not validate"

dpkg -r steadyline >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; fail "dpkg -r failed"; }
installed=0
[ ! -e /usr/bin/steadyline ] || fail "/usr/bin/steadyline is left after dpkg -r"
echo "ok: the .deb installs, runs, validates its playbooks and removes cleanly"
