#!/usr/bin/env bash
# Online submissions under load (issue 20): N citizens (100 by default) send a birth registration at the same moment,
# each one request with the e-form and 3 files of 1 MB, as the page sends it; prints p50, p95 and the slowest request
# (bar: p95 under 2 s). Starts the application (demo profile, no demo history) on a fresh embedded PostgreSQL, with N
# generated demo citizens (motcua.demo.citizens-file) whose ID numbers pass the checks; the files go to a fresh content
# store. A warm-up wave of W other citizens (30 by default) sends first. Usage: bench/online-submissions.sh [N] [bytes] [W]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100}"
size="${2:-1048576}"
warm="${3:-30}"
port="${BENCH_PORT:-18085}"
pgport="${BENCH_PG_PORT:-15436}"
citizens="$(mktemp)"
{
  echo "username,personal_id_number,full_name,birth_date"
  for i in $(seq 1 $((n + warm))); do printf 'bench.%d,0010900%05d,Người Thử %d,1990-01-01\n' "$i" "$i" "$i"; done
} >"$citizens"
app_args=(--motcua.demo.citizens-file="$citizens")
source bench/app.sh
"$java" bench/OnlineSubmissionLoad.java "$port" "$n" "$size" "$warm" 20261204 "$app"
echo "stored files: $(find "$data/files" -type f | wc -l), $(du -sh "$data/files" | cut -f1)"
rm -f "$citizens"
