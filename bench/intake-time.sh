#!/usr/bin/env bash
# The intake's time for a person, estimated from a scripted run on a phone (390x844), in English and Spanish:
# a real Chromium answers the whole intake with the keyboard (support/KeyboardIntake), counting the words each
# page shows once answered (title, help texts, questions, options, buttons) and what a person must enter.
# Model: reading at the published IReST rates (English 228, Spanish 218 words a minute; Trauzettel-Klosinski and
# Dietz 2012) + 3 s per choice + typing at 36 words a minute on a phone (Palin et al. 2019). Aim: at most 10 minutes.
# Runs the whole application on a random port with the test database; needs chromium and chromium-driver.
# Usage: bench/intake-time.sh
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
./mvnw -B -ntp -q test -Dtest=IntakeTimeBenchmark -Dsurefire.failIfNoSpecifiedTests=false || status=$?
grep -h -A7 "intake time" target/surefire-reports/org.reliefdesk.screening.IntakeTimeBenchmark-output.txt
exit "$status"
