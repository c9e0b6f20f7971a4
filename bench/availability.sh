#!/usr/bin/env bash
# (a) Availability: 20 therapists 09:00-17:00 daily, 20 rooms, 2 hot-stone kits, 2,400 random 60-minute
# bookings (+15-minute buffer) over 30 days (fixed seed), then random 30-day and 1-day queries with and
# without a therapist, interleaved with new bookings: p50/p99 wall time per request, measured by the client.
# Usage: bench/availability.sh   (builds the jar if missing)
source "$(dirname "$0")/lib.sh"
start_app
bench availability "$BASE" "$RELIEFDESK_ADMIN_EMAIL" "$RELIEFDESK_ADMIN_PASSWORD"
