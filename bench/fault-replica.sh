#!/usr/bin/env bash
# Issue 19, items 2 and 4: the read replica on a running cluster (bench/cluster.sh start).
#   1. Read-your-own-writes: N dossiers accepted through the balancer, each looked up on the public API at once
#      (a code just issued that the replica has not replayed yet is read from the primary): every one is found.
#   2. The replica stopped (pg_ctl -m immediate): public lookups and the dashboard's API keep answering 200 from the
#      primary; the replica started again is used again.
# Bounded: each phase gives up after 60 s. Usage: bench/fault-replica.sh [dossiers]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200}"
dir="${CLUSTER_DIR:-/tmp/motcua-cluster}"
lb=18090
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

accept() {
  curl -s -u tiepnhan.02:MotCua@2026 -H 'Content-Type: application/json' -H "Idempotency-Key: replica-$1-$(date +%s%N)" \
    -d '{"officeCode":"H99.02","procedureCode":"1.004873","channel":"COUNTER","applicant":{"kind":"INDIVIDUAL","name":"Nguyễn Văn Thử","idNumber":"001090012345","phone":"0912345678"},"documents":[{"name":"Tờ khai","copies":1}]}' \
    "localhost:$lb/api/v1/dossiers" | grep -o '"code":"[^"]*"' | head -n 1 | sed 's/"code":"//; s/"$//'
}
# each lookup from another address (the balancer forwards it): the per-address limit (60 a minute) is not what is measured
lookup() {
  curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: 198.51.$(($2 / 250 % 250)).$(($2 % 250 + 1))" \
    "localhost:$lb/api/v1/public/dossiers/$1"
}

echo "== 1. $n dossiers accepted and looked up at once through the balancer"
found=0
codes=()
for i in $(seq 1 "$n"); do
  code="$(accept "$i")"
  [ -n "$code" ] || { echo "acceptance $i failed"; exit 1; }
  codes+=("$code")
  [ "$(lookup "$code" "$i")" = 200 ] && found=$((found + 1))
done
lag="$(as_postgres "$pg_bin/psql" -h 127.0.0.1 -p 15500 -U postgres -tA -c \
  "select coalesce(max(extract(epoch from replay_lag) * 1000)::int, 0) from pg_stat_replication")"
echo "result: $found of $n found at once (replay lag now ${lag} ms)"

echo "== 2. the replica stopped with pg_ctl -m immediate"
as_postgres "$pg_bin/pg_ctl" -D "$dir/replica" -m immediate -w stop >/dev/null
ok=0; total=0; slowest=0
started=$(date +%s)
for code in "${codes[@]:0:100}"; do
  t0=$(date +%s%N)
  status="$(lookup "$code" $((1000 + total)))"
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ "$ms" -gt "$slowest" ] && slowest=$ms
  total=$((total + 1)); [ "$status" = 200 ] && ok=$((ok + 1))
  [ $(( $(date +%s) - started )) -lt 60 ] || break
done
dashboard="$(curl -s -o /dev/null -w '%{http_code}' -u lanhdao.02:MotCua@2026 "localhost:$lb/api/v1/offices/H99.02/statistics?from=2021-01-01&to=2021-12-31")"
echo "result: replica down: $ok of $total lookups answered 200 (slowest ${slowest} ms), statistics API $dashboard"
as_postgres "$pg_bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w start >/dev/null
sleep 6   # the instances try the replica again after 5 s
echo "replica started again; in recovery: $(as_postgres "$pg_bin/psql" -h 127.0.0.1 -p 15501 -U postgres -tA -c 'select pg_is_in_recovery()')"
[ "$found" = "$n" ] && [ "$ok" = "$total" ] && [ "$dashboard" = 200 ]
