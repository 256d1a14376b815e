#!/usr/bin/env bash
# A load of acceptances through the cluster's balancer, as counter clients send them: each acceptance has its own
# Idempotency-Key and is sent again with the same key until it is acknowledged (201, or 200 for a replay) or 120 s
# have passed. Writes one line per attempt to <out>/attempts.tsv: key, attempt, HTTP status, dossier code, time (ms).
# Usage: bench/cluster-load.sh <acceptances> <parallel clients> <out directory> [run name]
set -euo pipefail
total="$1"; parallel="$2"; out="$3"; run="${4:-load$(date +%s)}"
lb="${CLUSTER_BALANCER:-localhost:18090}"
mkdir -p "$out"
: >"$out/attempts.tsv"

one() {
  local i="$1" key="$run-$1" attempt=0 started status code answer
  started=$(date +%s)
  while true; do
    attempt=$((attempt + 1))
    answer="$(curl -s -m 30 -w '\n%{http_code}' -u "tiepnhan.0$((i % 4 + 2)):MotCua@2026" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" \
      -d "{\"officeCode\":\"H99.0$((i % 4 + 2))\",\"procedureCode\":\"1.004873\",\"channel\":\"COUNTER\",\"applicant\":{\"kind\":\"INDIVIDUAL\",\"name\":\"Nguyễn Văn Tải\",\"idNumber\":\"001090012345\",\"phone\":\"0912345678\"},\"documents\":[{\"name\":\"Tờ khai\",\"copies\":1}]}" \
      "http://$lb/api/v1/dossiers" || true)"
    status="$(echo "$answer" | tail -n 1)"
    code="$(echo "$answer" | grep -o '"code":"[^"]*"' | head -n 1 | sed 's/"code":"//; s/"$//' || true)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$key" "$attempt" "${status:-000}" "${code:--}" "$(date +%s%3N)" >>"$out/attempts.tsv"
    case "$status" in 200|201) return 0 ;; esac
    [ $(( $(date +%s) - started )) -lt 120 ] || return 0
    sleep 0.2
  done
}
export -f one
export run lb out
seq 1 "$total" | xargs -P "$parallel" -I{} bash -c 'one {}'
