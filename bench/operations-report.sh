#!/usr/bin/env bash
# The operations report: 20 therapists (Mon-Sat 09:00-17:00, a day off each), 20 rooms, 400 clients and ~12,000
# 60-minute bookings from 90 days ago to 29 days ahead (bench/operations-seed.sql, straight into the tables), then
# GET /api/v1/reports/operations for the last 90 days over HTTP: p50/p99 wall time per request, measured by the
# client on one kept-alive connection. Bar: p99 <= 200 ms (MET / NOT MET; the script exits non-zero when not met).
# Usage: bench/operations-report.sh   (builds the jar if missing; OPS_WARMUP / OPS_ROUNDS change the rounds)
source "$(dirname "$0")/lib.sh"
start_app
LOCATION=$(psql_app -f bench/operations-seed.sql | tail -1)
echo "seeded: $(psql_app -c "select count(*) from booking where location_id = '$LOCATION'") bookings at location $LOCATION"
psql_app -c "vacuum analyze" >/dev/null
CLASSES=$(mktemp -d /tmp/reliefdesk-bench-classes-XXXX)
javac -d "$CLASSES" bench/Bench.java bench/OperationsBench.java
# shellcheck disable=SC2086
"${NICE[@]}" java ${BENCH_CLIENT_OPTS:-} -cp "$CLASSES" OperationsBench "$BASE" "$RELIEFDESK_ADMIN_EMAIL" \
  "$RELIEFDESK_ADMIN_PASSWORD" "$LOCATION" "${OPS_WARMUP:-100}" "${OPS_ROUNDS:-500}" | tee "$DATA/operations.out"
rm -rf "$CLASSES"
grep -q -- "-> MET" "$DATA/operations.out"
