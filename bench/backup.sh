#!/usr/bin/env bash
# Backup and restore: the demo practice plus the availability benchmark's 2,400-booking calendar (20 therapists,
# 30 days, fixed seed); a backup over the API (time from asking until it is listed as done, and its size), then
# the restore command into a fresh data folder (its wall time, JVM start and initdb included).
# Usage: bench/backup.sh   (builds the jar if missing)
source "$(dirname "$0")/lib.sh"
KEEP_DATA=1
DATA=$(mktemp -d /tmp/reliefdesk-bench-XXXX)
start_app --reliefdesk.demo=true --reliefdesk.backup.enabled=false --reliefdesk.backup.folder="$DATA/backups"
BENCH_CLIENT_OPTS="${BENCH_CLIENT_OPTS:-} -Dbench.fill-only=true" bench availability "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD"
echo "rows: $(psql_app -c "select sum(n_live_tup) from pg_stat_user_tables" 2>/dev/null || echo '(psql not installed)') live rows in all tables (PostgreSQL's estimate)"
OUT=$(bench backup "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD")
echo "$OUT" | grep -v BACKUP_FILE
FILE="$DATA/backups/$(echo "$OUT" | grep BACKUP_FILE | cut -d' ' -f2)"
grep -o 'Backup .* written: .*' "$DATA/app.log" | sed 's/^/server: /'
stop_app

t0=$(date +%s.%N)
"${NICE[@]}" java -Xms512m -Xmx1g -jar "$JAR" --reliefdesk.restore.from="$FILE" --reliefdesk.db.data-dir="$DATA/postgres-restored" \
  | grep -v '^  ' || { echo "restore failed"; exit 1; }
t1=$(date +%s.%N)
printf 'restore command: %.1f s wall time (JVM start, initdb of the new folder, migrations, load)\n' "$(echo "$t1 - $t0" | bc)"

# A normal start on the restored folder: the demo admin signs in and sees the calendar's bookings.
rm -rf "$DATA/postgres" && mv "$DATA/postgres-restored" "$DATA/postgres"
start_app
TOKEN=$(curl -sf -u admin@demo.reliefdesk.local:relief-demo-2026 -X POST "$BASE/api/v1/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
echo "after the restore: $(psql_app -c "select count(*) from booking") bookings; the demo admin's token works:" \
  "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients?size=1")"
KEEP_DATA=
stop_app
