#!/usr/bin/env bash
# FHIR and the progress report: one client with 3 intakes (over the API, bench/cleared-intake.json), a year of diary
# (365 days) and 20 weekly sessions with signed notes (bench/fhir-seed.sql, straight into the tables), then over HTTP
# as the admin: GET /fhir/Patient/{id}/$everything and GET /api/v1/clients/{id}/progress-report.pdf, p50/p95/p99 of
# each, measured by the client on one kept-alive connection. Bar: p99 <= 300 ms each (MET / NOT MET; the script
# exits non-zero when a bar is not met).
# Usage: bench/fhir.sh   (builds the jar if missing; FHIR_WARMUP / FHIR_ROUNDS change the rounds,
#                         FHIR_WHICH=report|everything measures only one of the two)
source "$(dirname "$0")/lib.sh"
start_app
EMAIL="bench-fhir-client-$(date +%s)@bench.example"
PASSWORD=bench-client-password-2026
CLIENT=$(curl -sf -H 'Content-Type: application/json' "$BASE/api/v1/register" \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"fullName\":\"Bench Fhir Client\",\"dateOfBirth\":\"1984-03-02\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in 1 2 3; do
  curl -sf -o /dev/null -u "$EMAIL:$PASSWORD" -H 'Content-Type: application/json' \
    "$BASE/api/v1/clients/$CLIENT/intake" --data-binary @bench/cleared-intake.json
done
echo "seeded: $(psql_app -v client="$CLIENT" -f bench/fhir-seed.sql | tail -1) for client $CLIENT"
psql_app -c "vacuum analyze" >/dev/null
CLASSES=$(mktemp -d /tmp/reliefdesk-bench-classes-XXXX)
javac -d "$CLASSES" bench/Bench.java bench/FhirBench.java
# shellcheck disable=SC2086
"${NICE[@]}" java ${BENCH_CLIENT_OPTS:-} -cp "$CLASSES" FhirBench "$BASE" "$RELIEFDESK_ADMIN_EMAIL" \
  "$RELIEFDESK_ADMIN_PASSWORD" "$CLIENT" "${FHIR_WARMUP:-50}" "${FHIR_ROUNDS:-300}" "${FHIR_WHICH:-both}" \
  | tee "$DATA/fhir.out"
rm -rf "$CLASSES"
grep -q -- "ALL BARS -> MET" "$DATA/fhir.out"
