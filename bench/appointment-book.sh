#!/usr/bin/env bash
# The appointment book as pages over HTTP against the packaged jar: 20 therapists and 20 rooms, a full day
# (120 bookings of 60 minutes, tomorrow); signed in as the front desk (a page session), the day view of the
# location and one therapist's week view, each timed per request by the client (loopback, one kept-alive
# connection). Prints p50 / p99 and whether the bar (p99 <= 50 ms for both) is MET or NOT MET.
# Usage: bench/appointment-book.sh   (builds the jar if missing; -Dbench.warmup= / -Dbench.measured= through
# BENCH_CLIENT_OPTS for a short smoke run)
source "$(dirname "$0")/lib.sh"
start_app
bench appointment-book "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD" | tee "$DATA/appointment-book.txt"
grep -q "MET$" "$DATA/appointment-book.txt" && ! grep -q "NOT MET" "$DATA/appointment-book.txt"
