#!/usr/bin/env bash
# Shared by the benchmarks: start the packaged jar on a free loopback port with a fresh embedded
# PostgreSQL, and stop it again. Sets BASE, DATA, APP_PID, PG_PORT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export RELIEFDESK_ADMIN_EMAIL=bench-admin@bench.example
export RELIEFDESK_ADMIN_PASSWORD=bench-admin-password-2026
JAR=$(ls target/reliefdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -B -ntp -q package -DskipTests; JAR=$(ls target/reliefdesk-*.jar | grep -v original | head -1); fi

# BENCH_NICE=-10 (root) runs the application, its PostgreSQL, the client and pgbench at a raised
# priority: on a machine shared with other work this measures the software rather than the queue.
NICE=(); if [ -n "${BENCH_NICE:-}" ]; then NICE=(nice -n "$BENCH_NICE"); fi

start_app() { # again on the same data when DATA is already set
  DATA=${DATA:-$(mktemp -d /tmp/reliefdesk-bench-XXXX)}
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  # The JVM options docs/running.md recommends for production; BENCH_JAVA_OPTS adds more (e.g. a JFR recording).
  # shellcheck disable=SC2086
  "${NICE[@]}" java -Xms512m -Xmx1g -XX:MaxTenuringThreshold=1 ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
    --reliefdesk.db.data-dir="$DATA/postgres" --reliefdesk.mail.outbox-dir="$DATA/outbox" "$@" >"$DATA/app.log" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$BASE/login"; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application exited; see $DATA/app.log"; exit 1; fi
    sleep 0.2
  done
  PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$' | head -1)
  echo "application up at $BASE (embedded PostgreSQL on port $PG_PORT, data in $DATA); $(uptime | sed 's/.*load/load/')"
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
  if [ -n "${DATA:-}" ] && [ -z "${KEEP_DATA:-}" ]; then rm -rf "$DATA"; fi
}

bench() {
  "${NICE[@]}" java ${BENCH_CLIENT_OPTS:-} -Dbench.dir=bench bench/Bench.java "$@"
}

# The embedded server takes passwords only; they are generated on the first start and kept in the data folder.
db_password() { # superuser | application
  grep "^$1.password=" "$DATA/postgres/reliefdesk-credentials.properties" | cut -d= -f2-
}

psql_app() { # as the superuser (settings such as log_statement need it)
  PGPASSWORD=$(db_password superuser) psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
