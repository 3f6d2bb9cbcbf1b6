#!/usr/bin/env bash
# Makes the Windows .ico and the macOS .icns from the one SVG icon (resources/desktop). Run it after the SVG
# changes and commit both results; the Windows and macOS recipes use the committed files, so those machines
# need none of these tools.
#
#   packaging/make-icons.sh
#
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils); on a Mac,
# `iconutil -c icns` on the same PNGs does what png2icns does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$here/resources/desktop/org.techmatesdesk.TechMatesDesk.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/icon-$size.png"
done
# Windows: the sizes Explorer and the taskbar ask for, in one .ico (256 is stored as PNG).
convert "$tmp"/icon-{16,24,32,48,64,128,256}.png "$here/packaging/windows/techmates-desk.ico"
# macOS: the sizes an .icns holds (16 … 1024; png2icns picks the type from each PNG's size).
png2icns "$here/packaging/macos/TechMatesDesk.icns" "$tmp"/icon-{16,32,128,256,512,1024}.png >/dev/null
ls -l "$here/packaging/windows/techmates-desk.ico" "$here/packaging/macos/TechMatesDesk.icns"
