#!/usr/bin/env bash
# Display boards under load (issue 22): 20 boards and 10 counters of one office, 200 calls a minute; each call must be
# shown on every board within 1 s p99. Starts the application (bench/app.sh), then runs bench/QueueBoardLoad.java
# against it (a 15 s warm-up, then 60 s measured).
# Usage: bench/queue-board.sh [boards] [calls a minute] [seconds] [warm-up seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-18086}"
pgport="${BENCH_PG_PORT:-15437}"
app_args=()
source bench/app.sh
"$java" bench/QueueBoardLoad.java "$port" "${1:-20}" "${2:-200}" "${3:-60}" "${4:-15}"
