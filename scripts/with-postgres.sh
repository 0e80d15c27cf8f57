#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster, for the region's tests and benchmark
# (`npm test` runs its checks this way):
#   bash scripts/with-postgres.sh npm run check
# The cluster lives in a temp dir, listens on 127.0.0.1 on a free port of its own (never the
# system's 5432), and is stopped and deleted when the command ends, whatever its outcome. The
# command finds it in REGION_TEST_PG. With REGION_TEST_PG already set, the command runs as it is.
set -euo pipefail

if [ -n "${REGION_TEST_PG:-}" ]; then
  exec "$@"
fi

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  # The region's tests then report themselves skipped, with the reason; everything else runs.
  echo "with-postgres: no PostgreSQL server here (Debian: apt-get install postgresql); region tests skip" >&2
  exec "$@"
fi

dir="$(mktemp -d -t region-pg.XXXXXX)"
# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# Only loopback, a socket in the temp dir, and no more memory than a shared 2-core machine spares.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=100" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export REGION_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
set +e
"$@"
status=$?
set -e
exit "$status"
