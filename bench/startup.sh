#!/usr/bin/env bash
# Start-up benchmark: time until the application is ready (readiness UP, demo data loaded) and
# resident memory right after, for
#   cold  - the packaged jar on an empty data directory (initdb, migrations, demo data)
#   warm  - the packaged jar again on the same data directory
#   run   - the README's run command (./motcua run) on a compiled tree, Maven included
# Usage: bench/startup.sh            (prints one line per case)
set -euo pipefail
cd "$(dirname "$0")/.."

./motcua mvn -q -DskipTests package >/dev/null
java="$(./motcua java-home)/bin/java"
data="$(mktemp -d)"
port="${BENCH_PORT:-18080}"
trap 'rm -rf "$data"' EXIT

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# PostgreSQL runs as several processes sharing memory: their proportional set sizes (PSS) add up
# to what the server really uses, where adding their RSS would count shared buffers many times.
postgres_pss_kb() {
  local total=0 pid postmaster
  postmaster="$(head -n 1 "$data/pg/postmaster.pid" 2>/dev/null || true)"
  [ -n "$postmaster" ] || { echo 0; return; }
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
app_pid() { pgrep -f "vn.motcua.MotCuaApplication|target/motcua.jar" | head -n 1; }

measure() {
  local label="$1"; shift
  local started ready pid
  started=$(date +%s%N)
  "$@" >"$data/$label.log" 2>&1 &
  local launcher=$!
  until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$launcher" 2>/dev/null || { echo "$label: failed to start, see log:"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s%N)
  sleep 2
  pid="$(app_pid)"
  printf '%-5s ready after %5.1f s; JVM RSS %4d MiB; PostgreSQL PSS %4d MiB\n' "$label" \
    "$(echo "($ready - $started) / 1000000000" | bc -l)" $(( $(rss_kb "$pid") / 1024 )) $(( $(postgres_pss_kb) / 1024 ))
  kill "$pid" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  while [ -f "$data/pg/postmaster.pid" ]; do sleep 0.2; done
}

jar=(--spring.profiles.active=demo --motcua.demo.history=false --server.port="$port" --motcua.embedded-postgres.data-directory="$data/pg")
measure cold "$java" -jar target/motcua.jar "${jar[@]}"
measure warm "$java" -jar target/motcua.jar "${jar[@]}"
measure run ./motcua run \
  -Dspring-boot.run.arguments="--motcua.embedded-postgres.data-directory=$data/pg --server.port=$port"
