#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (the Secret Service), so the
# keychain tests use a real keychain without touching the person's own: the keyring files and the daemon's
# sockets live in a temporary folder that is removed afterwards (so parallel runs do not meet either).
#   tests/support/with-keyring.sh COMMAND [ARGS…]
set -eu
data="$(mktemp -d "${TMPDIR:-/tmp}/techmates-keyring.XXXXXX")"
trap 'rm -rf "$data"' EXIT
mkdir -m 700 "$data/run"
export XDG_DATA_HOME="$data" XDG_RUNTIME_DIR="$data/run"
# shellcheck disable=SC2016 # $@ is expanded by the inner shell
dbus-run-session -- sh -c 'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
