#!/usr/bin/env bash
# Issue 19, item 4: acceptances through the balancer while one instance is killed with kill -9 and started again.
# On a running cluster (bench/cluster.sh start): 4 clients send <acceptances> acceptances, each retried with its
# Idempotency-Key until acknowledged (bench/cluster-load.sh); after 10 s instance 2 is killed with kill -9, and
# started again 5 s later. Then every acknowledged acceptance must exist exactly once with its journal, audit and
# outbox rows, each key with one dossier (bench/cluster-verify.sh). Bounded: the load gives each acceptance 120 s.
# Usage: bench/fault-kill.sh [acceptances]      (default 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-3000}"
dir="${CLUSTER_DIR:-/tmp/motcua-cluster}"
out="$(mktemp -d)"; chmod 755 "$out"
started=$(date +%s)
bench/cluster-load.sh "$n" 4 "$out" "kill$(date +%s)" &
load=$!
sleep 10
victim="$(cat "$dir/app2.pid")"
kill -9 "$victim"
echo "== instance 2 (pid $victim) killed with kill -9 after 10 s"
sleep 5
bench/cluster.sh start-instance 2 "$dir"
echo "== instance 2 started again after $(( $(date +%s) - started )) s"
wait "$load"
echo "== load done in $(( $(date +%s) - started )) s"
bench/cluster-verify.sh "$out"
