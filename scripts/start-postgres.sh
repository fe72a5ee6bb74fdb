#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite on a local port and print its URL.
# Usage: eval "$(scripts/start-postgres.sh)"   → exports EVENTWATCH_TEST_PG
# Installs Debian's postgresql when it is missing (needs root, as on CI).
set -euo pipefail
PORT="${EVENTWATCH_PG_PORT:-54329}"
DIR="${EVENTWATCH_PG_DIR:-/tmp/eventwatch-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
RUN=()
if [ "$(id -u)" = "0" ]; then RUN=(runuser -u postgres --); fi
if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  rm -rf "$DIR"; mkdir -p "$DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$DIR"
  "${RUN[@]}" "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 >/dev/null
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname='eventwatch_test'" \
  | grep -q 1 || "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres eventwatch_test
echo "export EVENTWATCH_TEST_PG=postgresql://postgres@127.0.0.1:$PORT/eventwatch_test"
