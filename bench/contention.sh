#!/usr/bin/env bash
# (c) Contention: 200 concurrent booking attempts at 10 (therapist, start) pairs, 20 per pair:
# exactly 10 answers 201, 190 answer 409, none 5xx, and the table holds 10 rows.
# Usage: bench/contention.sh   (builds the jar if missing)
source "$(dirname "$0")/lib.sh"
start_app --server.tomcat.threads.max=256
bench contention "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD"
rows=$(psql_app -c "select count(*) from booking b join location l on l.id = b.location_id where l.name like 'Bench contention%'")
echo "rows in the booking table for that location (read with psql): $rows"
