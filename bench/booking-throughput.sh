#!/usr/bin/env bash
# (b) Booking throughput: N concurrent API clients (default 8 and 16) each booking distinct free slots
# for 30 s, against pgbench replaying the SQL the application issued for one booking (captured from
# PostgreSQL's statement log) with the same number of connections and duration on the same database.
# Median of three runs each; the booking rows counted afterwards must equal the 201s.
# Each client books its own band of 150 days, 19 sessions a day (enough for ~2,800 bookings each).
# A 60-second warm-up at the highest concurrency comes first and is not counted (WARMUP_SECONDS).
# Usage: bench/booking-throughput.sh [SECONDS] [CLIENTS...]   (builds the jar if missing; needs pgbench)
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-30}
shift || true
CONCURRENCY=("${@:-8 16}")
read -r -a CONCURRENCY <<<"${CONCURRENCY[*]}"
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client"; exit 1; }
# First start: switch on PostgreSQL's own log file (takes effect at the next start).
start_app
psql_app -c "alter system set logging_collector = on" -c "alter system set log_line_prefix = '%m [%p] '" >/dev/null
KEEP_DATA=1 stop_app
start_app
STATE="$DATA/state"
MAX=$(printf '%s\n' "${CONCURRENCY[@]}" | sort -n | tail -1)
bench setup-throughput "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD" "$MAX" "$STATE"
LOCATION=$(sed -n 2p "$STATE")

# One booking with every statement logged by PostgreSQL, turned into a pgbench script.
psql_app -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
sleep 1
bench book-one "$BASE" "$STATE" 60000 >"$DATA/one.txt"
sleep 1
psql_app -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
cat "$DATA"/postgres/log/*.log >"$DATA/statements.log"
python3 bench/pgbench_script.py "$DATA/statements.log" "$DATA/one.txt" "$DATA/booking.sql"
echo "pgbench script (the application's statements for one booking, slot times as variables):"
grep -c ';$' "$DATA/booking.sql" | xargs echo "  statements:"

rows_between() { # rows of the bench location starting in [day offset $1, $1 + 400 * workers)
  psql_app -c "select count(*) from booking where location_id = '$LOCATION'
      and starts_at >= (current_date + $1 - 2) and starts_at < (current_date + $1 + 150 * $MAX + 30)"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

offset=100
# Warm-up (not counted): like any server that has been up a while, the application has compiled its hot
# paths before it is measured; on two cores the JIT compilers otherwise take a share of the first runs.
out=$(bench throughput "$BASE" "$STATE" "$MAX" "${WARMUP_SECONDS:-60}" "$offset")
echo "  warm-up (not counted): $(echo "$out" | head -1)"
offset=$((offset + 150 * MAX + 60))
for c in "${CONCURRENCY[@]}"; do
  app=(); pg=()
  for run in 1 2 3; do
    out=$(bench throughput "$BASE" "$STATE" "$c" "$SECONDS_PER_RUN" "$offset")
    echo "  $out" | head -1
    created=$(echo "$out" | grep -o 'CREATED [0-9]*' | grep -o '[0-9]*')
    rows=$(rows_between "$offset")
    [ "$rows" = "$created" ] && check="rows == 201s" || check="MISMATCH rows $rows != 201s $created"
    echo "    booking rows for the run: $rows ($check)"
    app+=("$(python3 -c "print(round($created / $SECONDS_PER_RUN, 1))")")
    offset=$((offset + 150 * MAX + 60))
    tps=$(PGPASSWORD=$(db_password application) "${NICE[@]}" pgbench -h 127.0.0.1 -p "$PG_PORT" -U reliefdesk -n -M prepared -c "$c" -j "$c" -T "$SECONDS_PER_RUN" \
        -D base="$offset" -D k=-1 -f "$DATA/booking.sql" postgres 2>&1 | tee "$DATA/pgbench.txt" | grep -o 'tps = [0-9.]*' | head -1 | grep -o '[0-9.]*$' || true)
    [ -n "$tps" ] || { echo "pgbench failed:"; tail -5 "$DATA/pgbench.txt"; exit 1; }
    failed=$(grep -o 'number of failed transactions: [0-9]*' "$DATA/pgbench.txt" | grep -o '[0-9]*$' || echo 0)
    echo "  pgbench $c connections $SECONDS_PER_RUN s: $tps transactions/s (failed: ${failed:-0})"
    pg+=("$tps")
    offset=$((offset + 150 * MAX + 60))
  done
  a=$(median "${app[@]}"); p=$(median "${pg[@]}")
  ratio=$(python3 -c "print(round(100 * $a / $p, 1))")
  bar=$(python3 -c "print('MET' if $a >= 0.4 * $p else 'MISSED')")
  echo "RESULT $c clients: application median $a bookings/s, pgbench median $p transactions/s -> $ratio % (bar >= 40 %: $bar)"
done
