#!/bin/sh
# A throwaway PostgreSQL cluster for the server tests (CTest fixture):
#   pg-cluster.sh start STATEFILE   initdb in a new temporary folder, start on a Unix socket only,
#                                   write the cluster's postgresql:// address to STATEFILE
#   pg-cluster.sh stop STATEFILE    stop it and remove the folder
# PostgreSQL refuses to run as root, so as root the cluster runs as the unprivileged user "nobody".
set -eu
cmd=$1
state=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (Debian: apt-get install postgresql); packaging/quickstart.sh test installs it." >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    dir=$(mktemp -d /tmp/techmates-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U techmates --no-sync >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -c listen_addresses= -p 5499 -c fsync=off -c max_connections=300" start >/dev/null
    echo "postgresql://techmates@localhost:5499/postgres?host=$dir" >"$state"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -e 's/.*host=//' "$state")
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop STATEFILE" >&2
    exit 2
    ;;
esac
