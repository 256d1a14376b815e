#!/usr/bin/env bash
# Dossier acceptance benchmark (issue 5): POST /api/v1/dossiers on loopback with wrk, 32 connections for
# 60 s, against the packaged app on its embedded PostgreSQL; then, on the same database server, the raw
# PostgreSQL ceiling with pgbench (32 clients, 60 s) writing a comparable row per transaction (the daily
# sequence upsert and a dossier-sized insert). Prints both throughputs, the ratio and the API latencies.
# Usage: bench/dossier-accept.sh [seconds]        (needs wrk and pgbench; apt-get install wrk postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client"; exit 1; }

./motcua mvn -q -DskipTests package >/dev/null
java="$(./motcua java-home)/bin/java"
data="$(mktemp -d)"
port="${BENCH_PORT:-18080}"
pgport="${BENCH_PG_PORT:-15432}"
"$java" ${BENCH_JAVA_OPTS:-} -jar target/motcua.jar --spring.profiles.active=demo --motcua.demo.history=false --server.port="$port" \
  --motcua.embedded-postgres.data-directory="$data/pg" --motcua.embedded-postgres.port="$pgport" \
  --logging.level.motcua.requests=WARN ${BENCH_APP_ARGS:-} >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && cp "$data/app.log" /tmp/bench-app.log; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { tail -30 "$data/app.log"; exit 1; }
  sleep 0.2
done

echo "== warm-up (10 s)"
wrk -t2 -c8 -d10s -s bench/dossier-accept.lua "http://localhost:$port" >/dev/null
echo "== API: wrk -t2 -c32 -d${seconds}s POST /api/v1/dossiers"
wrk -t2 -c32 -d"${seconds}s" --latency -s bench/dossier-accept.lua "http://localhost:$port" | tee "$data/wrk.txt"
api_rps=$(awk '/Requests\/sec/ {print $2}' "$data/wrk.txt")

echo "== PostgreSQL ceiling: pgbench -c32 -j2 -T${seconds}"
psql_() { psql -q -h localhost -p "$pgport" -U postgres -d motcua "$@"; }
psql_ -c "drop table if exists bench_dossier, bench_sequence, bench_template" \
  -c "create table bench_sequence (office_code varchar(35), day date, last_value bigint not null, primary key (office_code, day))" \
  -c "create table bench_dossier (code varchar(60) primary key, office_code varchar(35) not null, status varchar(24) not null,
        received_at timestamp not null, due_at timestamp not null, data jsonb not null)" \
  -c "create table bench_template as select data as doc from dossier limit 1"
pgbench -n -M prepared -h localhost -p "$pgport" -U postgres -c32 -j2 -T"$seconds" -f bench/dossier-accept.sql motcua | tee "$data/pgbench.txt"
pg_tps=$(awk '/^tps/ {print $3; exit}' "$data/pgbench.txt")
psql_ -c "drop table bench_dossier, bench_sequence, bench_template"

echo "== result"
printf 'API acceptances/s %s; PostgreSQL ceiling tps %s; ratio %.0f %%\n' "$api_rps" "$pg_tps" \
  "$(echo "100 * $api_rps / $pg_tps" | bc -l)"
grep -E '^\s+(50|90|99)%' "$data/wrk.txt" | sed 's/^ */API latency p/'
