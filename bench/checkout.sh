#!/usr/bin/env bash
# Checkout throughput and gapless numbers: CHECKOUT_VISITS (default 20,000) BOOKED visits that have started, seeded in
# SQL (bench/checkout-seed.sql); then 8 concurrent front-desk clients (CHECKOUT_CLIENTS) each check out distinct
# visits over HTTP (POST /api/v1/bookings/{id}/checkout, paid by card) for 30 s (first argument); prints invoices
# per second, then verifies from the database that this year's invoice numbers are exactly 1..N with no gap and no
# duplicate and that N equals the 201s (PASS / FAIL; the script exits non-zero on FAIL).
# Usage: bench/checkout.sh [SECONDS]   (builds the jar if missing)
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-30}
start_app
psql_app -v visits="${CHECKOUT_VISITS:-20000}" -f bench/checkout-seed.sql >"$DATA/visits.txt"
echo "seeded: $(wc -l <"$DATA/visits.txt") started BOOKED visits"
psql_app -c "vacuum analyze" >/dev/null
"${NICE[@]}" java ${BENCH_CLIENT_OPTS:-} bench/CheckoutBench.java "$BASE" "$RELIEFDESK_ADMIN_EMAIL" \
  "$RELIEFDESK_ADMIN_PASSWORD" "$DATA/visits.txt" "${CHECKOUT_CLIENTS:-8}" "$SECONDS_PER_RUN" | tee "$DATA/checkout.out"
created=$(grep -o 'CREATED [0-9]*' "$DATA/checkout.out" | grep -o '[0-9]*')
read -r n lo hi distinct < <(psql_app -F ' ' -c "select count(*), coalesce(min(seq), 0), coalesce(max(seq), 0),
    count(distinct seq) from invoice where year = extract(year from current_date)::int")
completed=$(psql_app -c "select count(*) from booking b join invoice i on i.booking_id = b.id where b.status = 'COMPLETED'")
echo "invoice numbers this year: $n (min $lo, max $hi, distinct $distinct); 201s $created; completed visits with an invoice $completed"
if [ "$n" -gt 0 ] && [ "$lo" = 1 ] && [ "$hi" = "$n" ] && [ "$distinct" = "$n" ] && [ "$n" = "$created" ] && [ "$completed" = "$n" ]; then
  echo "numbers 1..$n, no gap, no duplicate: PASS"
else
  echo "numbers: FAIL"; exit 1
fi
