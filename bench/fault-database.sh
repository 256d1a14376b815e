#!/usr/bin/env bash
# Issue 19, item 4: PostgreSQL stopped with pg_ctl -m immediate in the middle of a load and started again 8 s later.
# On a running cluster (bench/cluster.sh start): 4 clients send <acceptances> acceptances with retries
# (bench/cluster-load.sh). While the primary is away the instances answer 503 problems (counted), never 500; once it
# is back they serve again without a restart; every acknowledged acceptance is there with its journal, audit and
# outbox rows (bench/cluster-verify.sh). Usage: bench/fault-database.sh [acceptances]   (default 1500)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1500}"
dir="${CLUSTER_DIR:-/tmp/motcua-cluster}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
out="$(mktemp -d)"; chmod 755 "$out"
started=$(date +%s)
bench/cluster-load.sh "$n" 4 "$out" "db$(date +%s)" &
load=$!
sleep 10
as_postgres "$pg_bin/pg_ctl" -D "$dir/primary" -m immediate -w stop >/dev/null
echo "== primary stopped with -m immediate after 10 s"
# what a browser and an API client see meanwhile
page="$(curl -s -o /dev/null -w '%{http_code}' localhost:18091/tra-cuu/H99.02-261204-0001)"
api="$(curl -s -w ' %{http_code}' -u tiepnhan.02:MotCua@2026 localhost:18092/api/v1/dossiers | tail -c 200)"
sleep 8
as_postgres "$pg_bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w start >/dev/null
echo "== primary started again after $(( $(date +%s) - started )) s; while away: lookup page $page, API: $api"
wait "$load"
echo "== load done in $(( $(date +%s) - started )) s"
ready=""
for port in 18091 18092 18093; do ready="$ready $(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")"; done
echo "instances' readiness after:$ready (no restart)"
server_errors=$(awk -F'\t' '$3 >= 500 && $3 != 503' "$out/attempts.tsv" | wc -l)
echo "answers other than 503 among the server errors: $server_errors"
bench/cluster-verify.sh "$out" && [ "$server_errors" = 0 ]
