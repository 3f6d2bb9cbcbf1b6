#!/usr/bin/env bash
# Builds the Debian packages from a build tree and proves they install and run on a clean Debian 12:
#
#   TECHMATES_PACKAGE_TEST=1 packaging/test-deb-install.sh BUILD_DIR
#
# 1. cpack -G DEB in BUILD_DIR → techmates-desk_*.deb and techmates-server_*.deb.
# 2. Looks inside them: the files each package must hold, the Depends dpkg-shlibdeps computed plus the Qt
#    plugins named in cmake/Packaging.cmake, no RUNPATH pointing into the build tree, the server's
#    maintainer scripts and conffile.
# 3. debootstrap makes a minimal Debian 12 (bookworm) root from the mirror apt already uses here; inside it
#    (chroot) apt-get installs both packages, resolving their Depends from the mirror, then runs
#    `techmates --version`, `techmates demo`, a signed-in CLI command on that store, the desk itself
#    (offscreen, up to its ready window) and checks the server's system user, unit and default settings.
#
# CTest runs it as `package-deb-install` (label "package"); packaging/quickstart.sh test runs that after
# the rest of the suite. It needs root (debootstrap, chroot) and the network; without
# TECHMATES_PACKAGE_TEST=1, or without root, it reports why and is skipped (exit 77), so a plain `ctest`
# stays quick. TECHMATES_DEBIAN_MIRROR overrides the mirror. Takes 2–4 minutes on 2 cores (docs/packaging.md).
set -euo pipefail

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }

build="$(cd "${1:?usage: test-deb-install.sh BUILD_DIR}" && pwd)"
[ "${TECHMATES_PACKAGE_TEST:-}" = 1 ] || skip "set TECHMATES_PACKAGE_TEST=1 to build and install the packages (minutes, needs root and the Debian mirror)"
[ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap and chroot"
for tool in cpack debootstrap dpkg-deb dpkg-shlibdeps readelf chroot mount; do
    command -v "$tool" >/dev/null || fail "$tool is missing (packaging/quickstart.sh installs it)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: configure it with cmake first"

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"

work="$build/package-test"
root="$work/root"
cleanup() {
    for m in "$root/proc" "$root/dev/pts" "$root/dev"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    rm -rf "$root"
}
trap cleanup EXIT
cleanup
rm -rf "$work"
mkdir -p "$work/debs"

step "cpack: building the packages"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/debs" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
desk_deb="$(ls "$work"/debs/techmates-desk_"$version"_*.deb)"
server_deb="$(ls "$work"/debs/techmates-server_"$version"_*.deb)"
ls -l "$desk_deb" "$server_deb"

step "looking inside the packages"
# (Listings are read into variables first: `grep -q` on a pipe would stop dpkg-deb early, and pipefail
# would take that as a failure.)
field() { dpkg-deb -f "$1" "$2"; }
contents() { dpkg-deb -c "$1" | awk '{print substr($6, 2)}'; }
desk_files="$(contents "$desk_deb")"
server_files="$(contents "$server_deb")"
has_file() { grep -qx -- "$2" <<<"$1" || fail "$3 lacks $2"; }
depends_on() {
    local depends names
    depends="$(field "$1" Depends)"
    names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')"
    grep -qx -- "$2" <<<"$names" || fail "$(basename "$1") does not depend on $2 (Depends: $depends)"
}

for f in /usr/bin/techmates-desk /usr/bin/techmates \
         /usr/share/applications/org.techmatesdesk.TechMatesDesk.desktop \
         /usr/share/metainfo/org.techmatesdesk.TechMatesDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.techmatesdesk.TechMatesDesk.svg \
         /usr/share/doc/techmates-desk/user-guide.md; do
    has_file "$desk_files" "$f" techmates-desk
done
for f in /usr/bin/techmates-server /usr/lib/systemd/system/techmates-server.service \
         /etc/default/techmates-server; do
    has_file "$server_files" "$f" techmates-server
done
if grep -q techmates-server <<<"$desk_files"; then fail "the desk package carries the server"; fi
if grep -q bin/techmates-desk <<<"$server_files"; then fail "the server package carries the desk"; fi
# Computed by dpkg-shlibdeps from what the programs link …
for p in libqt6widgets6 libqt6gui6 libqt6sql6 libqt6network6 libsodium23 libqt6keychain1; do depends_on "$desk_deb" "$p"; done
for p in libqt6httpserver6 libqt6sql6; do depends_on "$server_deb" "$p"; done
# … and the plugins Qt loads at run time.
for p in libqt6sql6-sqlite libqt6svg6; do depends_on "$desk_deb" "$p"; done
for p in libqt6sql6-sqlite libqt6sql6-psql adduser; do depends_on "$server_deb" "$p"; done
echo "techmates-desk Depends: $(field "$desk_deb" Depends)"
echo "techmates-server Depends: $(field "$server_deb" Depends)"
dpkg-deb -e "$server_deb" "$work/server-control"
for f in postinst prerm postrm; do [ -x "$work/server-control/$f" ] || fail "server package: no executable $f"; done
grep -qx /etc/default/techmates-server "$work/server-control/conffiles" || fail "server: /etc/default not a conffile"
mkdir -p "$work/x"
dpkg-deb -x "$desk_deb" "$work/x"
dpkg-deb -x "$server_deb" "$work/x"
for bin in techmates-desk techmates techmates-server; do
    if readelf -d "$work/x/usr/bin/$bin" | grep -E 'R(UN)?PATH'; then
        fail "$bin has an RPATH/RUNPATH (build-tree path in an installed program)"
    fi
done

step "debootstrap: a minimal Debian 12 root"
mirror="${TECHMATES_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
    # The first Debian (not security) mirror in this machine's apt sources, deb822 or one-line style.
    mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ')" || true
fi
mirror="${mirror:-http://deb.debian.org/debian}"
echo "mirror: $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$desk_deb" "$server_deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install ./techmates-desk and ./techmates-server in the clean root"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$desk_deb")" "/tmp/$(basename "$server_deb")" >"$work/apt.log" 2>&1 ||
    { tail -n 40 "$work/apt.log"; fail "apt-get install"; }
grep -c '^Setting up' "$work/apt.log" | sed 's/^/packages set up: /'

step "running the installed programs"
out="$(in_root techmates --version)"
echo "$out"
[ "$out" = "techmates $version" ] || fail "techmates --version printed '$out', not 'techmates $version'"
in_root techmates demo --scale small --out /tmp/demo.db 2>&1 | tail -n 1
[ -s "$root/tmp/demo.db" ] || fail "techmates demo wrote no store"
devices="$(in_root env TECHMATES_PASSWORD=demo techmates --store /tmp/demo.db --user librarian device list --json)"
count="$(grep -c '"tag":' <<<"$devices" || true)"
[ "$count" -gt 0 ] || fail "device list on the demo store printed no devices: ${devices:0:300}"
echo "device list as the demo librarian: $count devices"
install -d -m 0700 "$root/tmp/runtime"
desk="$(in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime techmates-desk --version)"
echo "$desk"
[ "$desk" = "TechMates Desk $version" ] || fail "techmates-desk --version printed '$desk'"
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime techmates-desk --store /tmp/demo.db --exit-when-ready ||
    fail "the installed desk did not open its window"
server="$(in_root techmates-server --version)"
[ "$server" = "TechMates Server $version" ] || fail "techmates-server --version printed '$server'"
account="$(in_root getent passwd techmates)" || fail "postinst did not create the techmates user"
[[ "$account" == *:/var/lib/techmates:* ]] || fail "the techmates user's home is not /var/lib/techmates: $account"
grep -q '^TECHMATES_SERVER_ARGS=' "$root/etc/default/techmates-server" || fail "no /etc/default/techmates-server"
# The server starts as the service would (its user, its state folder) and answers on its port.
mkdir -p "$root/var/lib/techmates" && in_root chown techmates:techmates /var/lib/techmates
in_root setpriv --reuid=techmates --regid=techmates --init-groups env TECHMATES_PASSWORD=package-test-1 \
    techmates-server --init-admin admin --data /var/lib/techmates || fail "techmates-server --init-admin"
[ -n "$(ls -A "$root/var/lib/techmates")" ] || fail "the server wrote nothing to /var/lib/techmates"

step "apt-get purge techmates-server: the program goes, the records stay"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q techmates-server >"$work/purge.log" 2>&1 ||
    { tail -n 20 "$work/purge.log"; fail "apt-get purge techmates-server"; }
[ ! -e "$root/usr/bin/techmates-server" ] || fail "techmates-server is still installed after purge"
[ -n "$(ls -A "$root/var/lib/techmates")" ] || fail "purge deleted the server's records in /var/lib/techmates"
in_root techmates --version >/dev/null || fail "purging the server broke the desk package"

step "done: both packages install on a clean Debian 12 and run"
