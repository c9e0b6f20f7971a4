#!/usr/bin/env bash
# The money reports: 20,000 invoices over the year to yesterday, 500 of them yesterday, with lines, payments of every
# method, package sales and package-paid visits, fees and credit notes (bench/money-seed.sql, straight into the
# tables), then GET /api/v1/reports/takings for the busy day and /api/v1/reports/revenue over the year, in turn, over
# HTTP: p50/p95/p99 wall time per request, measured by the client on one kept-alive connection.
# Bar: p99 <= 200 ms each (MET / NOT MET; the script exits non-zero when not met).
# Usage: bench/money-reports.sh   (builds the jar if missing; MONEY_WARMUP / MONEY_ROUNDS change the rounds)
source "$(dirname "$0")/lib.sh"
start_app
DAY=$(psql_app -f bench/money-seed.sql | tail -1)
echo "seeded: $(psql_app -c "select count(*) from invoice where number like 'B-%'") invoices, \
$(psql_app -c "select count(*) from invoice where number like 'B-%' and issued_on = '$DAY'") of them on $DAY"
psql_app -c "vacuum analyze" >/dev/null
CLASSES=$(mktemp -d /tmp/reliefdesk-bench-classes-XXXX)
javac -d "$CLASSES" bench/Bench.java bench/MoneyReportsBench.java
# shellcheck disable=SC2086
"${NICE[@]}" java ${BENCH_CLIENT_OPTS:-} -cp "$CLASSES" MoneyReportsBench "$BASE" "$RELIEFDESK_ADMIN_EMAIL" \
  "$RELIEFDESK_ADMIN_PASSWORD" "$DAY" "${MONEY_WARMUP:-100}" "${MONEY_ROUNDS:-500}" | tee "$DATA/money.out"
rm -rf "$CLASSES"
grep -q -- "-> MET" "$DATA/money.out"
