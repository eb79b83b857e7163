#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `pgtest.sh start DIR` makes DIR/data with initdb
# and starts the server on a Unix socket in DIR/sock (no TCP); `pgtest.sh stop DIR` stops it and
# removes DIR. Debian's server binaries; initdb refuses root, so as root they run as `postgres`.
# The cluster is for tests only (fsync off), but logs in as a real server does: scram-sha-256 on the
# socket, never trust. Every role the tests make gets the one test password (TempDatabase::setPassword),
# which DIR/pgpass gives libpq (PGPASSFILE; the tests' ctest arguments set it).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?folder}
password=malkoll-test
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "pgtest: PostgreSQL's server is not installed (Debian: postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
}
case "$cmd" in
start)
  stop
  rm -rf "$dir"
  mkdir -p "$dir/sock"
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir"; fi
  printf '%s\n' "$password" >"$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/pwfile"; fi
  as_owner "$bin/initdb" -D "$dir/data" -A scram-sha-256 --pwfile="$dir/pwfile" -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  # libpq reads a password file only when no one else may read it.
  printf '*:*:*:*:%s\n' "$password" >"$dir/pgpass"
  chmod 600 "$dir/pgpass"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir/sock -c fsync=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "pgtest: server on $dir/sock"
  ;;
stop)
  stop
  rm -rf "$dir"
  ;;
*) echo "pgtest: start|stop DIR" >&2; exit 2 ;;
esac
