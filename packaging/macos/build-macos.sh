#!/usr/bin/env bash
# Builds TechMates Desk for macOS as a disk image (docs/packaging.md, "macOS").
#
#   brew install cmake ninja pkg-config qt qtkeychain libsodium sqlite qrencode
#   packaging/macos/build-macos.sh            → dist/TechMatesDesk-<version>.dmg
#
# Steps: configure and build the desk (an application bundle, see app/desk/CMakeLists.txt) and the CLI
# (Release, no tests) → "TechMates Desk.app" with the techmates CLI in Contents/MacOS → macdeployqt copies
# Qt, its plugins and the Homebrew libraries (qtkeychain, libsodium, sqlite, qrencode) into the bundle and
# rewrites their paths → only the SQLite SQL driver is kept → checked: no Homebrew path left, both programs
# print their version → signed (ad hoc unless CODESIGN_IDENTITY is set) → hdiutil makes the .dmg with an
# Applications link to drag the app onto.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
build="${BUILD_DIR:-build/macos}"
dist="${DIST_DIR:-dist}"
identity="${CODESIGN_IDENTITY:--}"   # "-" signs ad hoc: runs on this Mac; others need a Developer ID

brew_prefix="$(brew --prefix)"
qt_prefix="$(brew --prefix qt)"
macdeployqt="$qt_prefix/bin/macdeployqt"
[ -x "$macdeployqt" ] || { echo "macdeployqt not found in $qt_prefix/bin (brew install qt)" >&2; exit 1; }
version="$(sed -n 's/^project(TechMatesDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
echo "TechMates Desk $version"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTECHMATES_BUILD_TESTS=OFF \
    -DCMAKE_PREFIX_PATH="$qt_prefix;$brew_prefix" -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0
cmake --build "$build" --target techmates-desk techmates

stage="$build/dmg"
app="$stage/TechMates Desk.app"
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$build/app/desk/techmates-desk.app" "$app"
cp "$build/app/cli/techmates" "$app/Contents/MacOS/techmates"
mkdir -p "$app/Contents/Resources/docs"
cp README.md docs/user-guide*.md "$app/Contents/Resources/docs/"

"$macdeployqt" "$app" -executable="$app/Contents/MacOS/techmates" -always-overwrite -verbose=1

# The store is SQLite; the other drivers would need client libraries the bundle does not carry.
find "$app/Contents/PlugIns/sqldrivers" -name '*.dylib' ! -name 'libqsqlite.dylib' -delete
for required in Contents/MacOS/techmates-desk Contents/MacOS/techmates Contents/Resources/TechMatesDesk.icns \
                Contents/PlugIns/sqldrivers/libqsqlite.dylib Contents/PlugIns/platforms/libqcocoa.dylib \
                Contents/PlugIns/iconengines/libqsvgicon.dylib; do
    [ -e "$app/$required" ] || { echo "bundle lacks $required" >&2; exit 1; }
done
ls "$app/Contents/Frameworks" | grep -qi keychain || { echo "bundle lacks the qtkeychain library" >&2; exit 1; }
# Nothing may still point at Homebrew: the Mac that installs the app has none.
if find "$app" -type f \( -perm -u+x -o -name '*.dylib' \) -exec otool -L {} + 2>/dev/null |
        grep -E "^\s+($brew_prefix|/usr/local/opt|/opt/homebrew)"; then
    echo "the bundle still links libraries outside itself (above)" >&2
    exit 1
fi

# macdeployqt rewrote install names, which breaks the linker's signatures: sign the whole bundle again.
codesign --force --deep --options runtime --timestamp=none --sign "$identity" "$app"
codesign --verify --deep --strict "$app"
"$app/Contents/MacOS/techmates-desk" --version
"$app/Contents/MacOS/techmates" --version | grep -qx "techmates $version"

ln -s /Applications "$stage/Applications"
mkdir -p "$dist"
dmg="$dist/TechMatesDesk-$version.dmg"
hdiutil create -volname "TechMates Desk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
