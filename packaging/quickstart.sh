#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12 machine:
#   packaging/quickstart.sh desk   install what is missing, build, open the desk on a demo store
#   packaging/quickstart.sh test   install what is missing, build with warnings as errors, run every test
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian 12 packages the build, the tests and the desk need. Nothing is downloaded by the build itself.
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  qt6-qpa-plugins libgl-dev libsodium-dev libsqlite3-dev sqlite3 libqrencode-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core fonts-noto-ui-core qt6-translations-l10n python3
  postgresql util-linux
  clang libclang-rt-14-dev
  appstream desktop-file-utils dpkg-dev debootstrap
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # preset [targets…]
  local preset="$1"; shift
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)" ${1:+--target "$@"}
}

case "${1:-}" in
  desk)
    install_missing
    build release techmates-desk techmates
    data="${XDG_DATA_HOME:-$HOME/.local/share}/TechMates/TechMates Desk"
    store="$data/demo.db"
    if [ ! -f "$store" ]; then
      mkdir -p "$data"
      build/release/app/cli/techmates demo --scale small --out "$store"
    fi
    echo "Opening TechMates Desk on $store — sign in as admin, coordinator, librarian or volunteer; password: demo"
    exec build/release/app/desk/techmates-desk --store "$store"
    ;;
  test)
    install_missing
    build ci
    # Headless: widgets render offscreen. Keychain tests start their own private D-Bus session.
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build/ci --output-on-failure -j "$(nproc)" -LE package
    # The Debian packages: cpack, then install into a fresh Debian 12 root (root only; skipped otherwise).
    TECHMATES_PACKAGE_TEST=1 ctest --test-dir build/ci --output-on-failure -L package
    # The fuzz harnesses (docs/fuzzing.md): clang with ASan and UBSan, each run briefly on its seed corpus.
    build fuzz
    ctest --test-dir build/fuzz --output-on-failure -j "$(nproc)"
    ;;
  *)
    echo "usage: packaging/quickstart.sh desk|test" >&2
    exit 2
    ;;
esac
