#!/usr/bin/env bash
# A newcomer's first page: a fresh clone of this repository (HEAD, or the commit given), the README's start
# command run in it as written, and a demo sign-in with curl the moment /login answers (then once a second while
# it fails). Prints the seconds from the command to a signed-in page (and the CPU seconds the command's processes
# used until then, a figure a busy machine disturbs less), and whether the first sign-in worked.
# Measure with a warm Maven cache (run it twice; the first run may download). Stops the application after.
# The application listens on SERVER_PORT (default 8080; must be free). MAVEN_ARGS=-o keeps Maven offline.
# Usage: bench/first-page.sh [COMMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SERVER_PORT:-8080}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/reliefdesk-first-page-XXXX)
git clone -q . "$WORK/reliefdesk"
git -C "$WORK/reliefdesk" checkout -q "${1:-HEAD}"
cd "$WORK/reliefdesk"
COMMAND=$(grep -m1 -o '^\./mvnw spring-boot:run[^#]*' README.md | sed 's/ *$//')
echo "commit $(git rev-parse --short HEAD); the README's command: $COMMAND"

JAR_COOKIES="$WORK/cookies"
signed_in() { # one demo sign-in, as the sign-in page's form does it; true when it lands on a signed-in page
  rm -f "$JAR_COOKIES"
  local csrf where
  csrf=$(curl -sf -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4) || return 1
  where=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
    --data-urlencode "email=client@demo.reliefdesk.local" --data-urlencode "password=relief-demo-2026" \
    --data-urlencode "_csrf=$csrf" "$BASE/login")
  case "$where" in */login*|'') echo "  sign-in answered ${where:-no redirect}"; return 1 ;; esac
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$where")" = 200 ]
}

cpu_seconds() { # user + system CPU of the command's process group so far (children it waited for included)
  cat /proc/[0-9]*/stat 2>/dev/null | sed 's/^.*) //' | awk -v g="$APP" -v hz="$(getconf CLK_TCK)" \
    '$3 == g { t += $12 + $13 + $14 + $15 } END { printf "%.1f", t / hz }'
}

start=$(date +%s%N)
SERVER_PORT=$PORT setsid bash -c "$COMMAND" >"$WORK/app.log" 2>&1 &
APP=$!
stop() { # the Maven process, its application JVM and the embedded PostgreSQL: one process group
  kill -TERM -- -$APP 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 -- -$APP 2>/dev/null || break; sleep 0.1; done
  rm -rf "$WORK"
}
trap stop EXIT
until curl -s -o /dev/null "$BASE/login"; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; echo "the application exited"; exit 1; }
  sleep 0.1
done
opened=$(date +%s%N)
first=failed
if signed_in; then first=worked; else
  until signed_in; do
    kill -0 $APP 2>/dev/null || { echo "the application exited"; exit 1; }
    sleep 1 # five failures in a row lock the pair for 15 minutes
  done
fi
end=$(date +%s%N)
cpu=$(cpu_seconds)
echo "port open after $(( (opened - start) / 1000000 )) ms; the first sign-in right after it $first"
echo "signed-in page $(( (end - start) / 1000000 )) ms after the command, $cpu s of CPU ($(uptime | sed 's/.*load/load/'))"
