#!/usr/bin/env bash
# Startup time of the packaged application: from JVM start until /login answers 200.
# Cold: data directory (and temporary embedded-PostgreSQL files) wiped first. Warm: rerun on that data.
# Usage: bench/startup.sh   (builds the jar if missing; needs port 8080 free)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/reliefdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -B -ntp -q package -DskipTests; JAR=$(ls target/reliefdesk-*.jar | head -1); fi
DATA=$(mktemp -d /tmp/reliefdesk-bench-XXXX)

measure() {
  local start end pid
  start=$(date +%s%N)
  java -jar "$JAR" --reliefdesk.db.data-dir="$DATA/postgres" --server.port=8080 >"$DATA/app-$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://localhost:8080/login; do
    if ! kill -0 $pid 2>/dev/null; then echo "application exited; see $DATA/app-$1.log"; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "$1 start: $(( (end - start) / 1000000 )) ms until /login answered 200"
  kill $pid; wait $pid 2>/dev/null || true
}

rm -rf "$DATA/postgres" /tmp/embedded-pg
measure cold
measure warm
rm -rf "$DATA"
