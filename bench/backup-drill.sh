#!/usr/bin/env bash
# Issue 19, item 5: the backup drill. Starts MotCua (packaged jar, demo data with its history) on a database of its
# own, sends <acceptances> acceptances with retries (bench/cluster-load.sh) and takes ./motcua backup in the middle of
# them, sends half as many more and marks a point after them (./motcua fingerprint --mark), then restores into fresh directories and checks each
# against the source's fingerprint (counts and MD5 of dossiers, journal, audit and scans):
#   1. the base backup replayed to the backup's own restore point (must match the manifest);
#   2. the base backup replayed through the archived WAL to the mark (must match the mark's fingerprint);
#   3. the logical dump into a new cluster (must match the manifest);
#   4. MotCua started on restore 2: ready, and the dossiers of the load are found through the API.
# Usage: bench/backup-drill.sh [embedded|external] [acceptances]   (defaults: embedded 600)
#   embedded: the embedded PostgreSQL with WAL archived into data/wal-archive, as ./motcua run keeps it;
#   external: Debian's PostgreSQL with archive_command, backed up by its pg_basebackup, restored with its pg_ctl.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-embedded}"; n="${2:-600}"
dir="$(mktemp -d /tmp/motcua-drill.XXXXXX)"; chmod 777 "$dir"
port=18290; pg_port=15590
java="$(./motcua java-home)/bin/java"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ -f target/motcua.jar ] || ./motcua mvn -q -DskipTests package >/dev/null
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ "$mode" = external ] && as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
  [ "${KEEP_DRILL:-0}" = 1 ] || rm -rf "$dir"
}
trap cleanup EXIT
seconds() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }

args=(--motcua.embedded-postgres.data-directory="$dir/data/postgres" --motcua.embedded-postgres.wal-archive="$dir/data/wal-archive")
tool_args=(--data "$dir/data/postgres" --archive "$dir/data/wal-archive")
if [ "$mode" = external ]; then
  mkdir -p "$dir/archive"; [ "$(id -u)" = 0 ] && chown postgres "$dir/archive"
  as_postgres "$pg_bin/initdb" -D "$dir/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$dir/pg/postgresql.conf" <<CONF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
archive_mode = on
archive_command = 'test ! -f $dir/archive/%f && cp %p $dir/archive/%f'
CONF
  echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/pg/pg_hba.conf"
  as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w start >/dev/null
  as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database motcua"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/motcua" SPRING_DATASOURCE_USERNAME=postgres
  args=(); tool_args=(--archive "$dir/archive")
fi

start_app() {
  nohup "$java" -jar target/motcua.jar --spring.profiles.active=demo --server.port="$port" --motcua.demo.history=true \
    --logging.level.motcua.requests=WARN "$@" >"$dir/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$dir/app.log"; return 1; }
    sleep 0.5
  done
  return 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

echo "== MotCua on $mode PostgreSQL, demo history"
t=$(date +%s%N); start_app "${args[@]}"; echo "ready in $(seconds "$t") s"
echo "== $n acceptances, a backup taken after 8 s of them"
CLUSTER_BALANCER="localhost:$port" bench/cluster-load.sh "$n" 4 "$dir/load" "drill$(date +%s)" &
load=$!
sleep 8
t=$(date +%s%N)
./motcua backup "${tool_args[@]}" --into "$dir/backups" | tee "$dir/backup.txt"
backup_seconds=$(seconds "$t")
wait "$load"
echo "== $((n / 2)) acceptances more after the backup"
CLUSTER_BALANCER="localhost:$port" bench/cluster-load.sh "$((n / 2))" 4 "$dir/load2" "drill2$(date +%s)"
cat "$dir/load2/attempts.tsv" >>"$dir/load/attempts.tsv"
acked=$(awk -F'\t' '$3 == 200 || $3 == 201' "$dir/load/attempts.tsv" | wc -l)
echo "loads done: $acked acknowledged"
./motcua fingerprint "${tool_args[@]}" --mark drill-end >"$dir/mark.txt"
backup="$(ls -d "$dir"/backups/2* | tail -n 1)"
stop_app
[ "$mode" = external ] && chmod -R a+rX "$dir/backups" "$dir/archive"
fail=0
check() { # name, printed restore output, expected fingerprint file
  if diff <(grep -E '^(dossier|dossier_transition|audit_entry|dossier_scan|held_scan) ' "$2") "$3" >/dev/null; then
    echo "   $1: match"; else echo "   $1: MISMATCH"; diff <(grep -E '^(dossier|dossier_transition|audit_entry|dossier_scan|held_scan) ' "$2") "$3" || true; fail=1; fi
}
grep -E '^(dossier|dossier_transition|audit_entry|dossier_scan|held_scan) ' "$dir/backup.txt" >"$dir/at-backup.expected"
echo "== 1. base backup to the backup's restore point"
t=$(date +%s%N); ./motcua restore "$backup" --to "$dir/r1" --at-backup "${tool_args[@]}" >"$dir/r1.txt" || true
echo "   restored in $(seconds "$t") s"; check "at the backup" "$dir/r1.txt" "$dir/at-backup.expected"
echo "== 2. base backup and archived WAL to the mark after the load"
t=$(date +%s%N); ./motcua restore "$backup" --to "$dir/r2" --at drill-end "${tool_args[@]}" >"$dir/r2.txt" || true
echo "   restored in $(seconds "$t") s"; check "at the mark" "$dir/r2.txt" "$dir/mark.txt"
echo "== 3. logical dump into a new cluster"
t=$(date +%s%N); ./motcua restore "$backup" --logical --to "$dir/r3" "${tool_args[@]}" >"$dir/r3.txt" || true
echo "   restored in $(seconds "$t") s"; check "logical" "$dir/r3.txt" "$dir/at-backup.expected"
echo "== 4. MotCua on the cluster of restore 2"
if [ "$mode" = external ]; then
  # restore 2 was stopped by the tool; start it again for the application on the original port
  as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$dir/r2" -l "$dir/r2.log" -o "-p $pg_port -k $dir" -w start >/dev/null
  restored_args=()
else
  restored_args=(--motcua.embedded-postgres.data-directory="$dir/r2" --motcua.embedded-postgres.archive-wal=false)
fi
start_app "${restored_args[@]}" --motcua.demo.history=false
code="$(awk -F'\t' '$3 == 201 {print $4}' "$dir/load/attempts.tsv" | tail -n 1)"
found="$(curl -s -o /dev/null -w '%{http_code}' -u "tiepnhan.0${code:5:1}:MotCua@2026" "localhost:$port/api/v1/dossiers/$code")"
echo "   ready; the load's last dossier $code through the API: $found"
[ "$found" = 200 ] || fail=1
stop_app
[ "$mode" = external ] && as_postgres "$pg_bin/pg_ctl" -D "$dir/r2" -m fast -w stop >/dev/null
echo "result: mode $mode, $acked acceptances acknowledged, backup $(du -sh "$backup" | cut -f1) in ${backup_seconds} s" \
  "($(grep -o 'base.tar.gz ([^)]*)' "$dir/backup.txt"), $(grep -o 'logical.zip ([^,]*' "$dir/backup.txt" | tr -d '('));" \
  "$(grep '^dossier ' "$dir/at-backup.expected" | awk '{print $2}') dossiers at the backup's point," \
  "$(grep '^dossier ' "$dir/mark.txt" | awk '{print $2}') at the mark; $( [ $fail = 0 ] && echo 'all restores match' || echo 'FAILED')"
exit $fail
