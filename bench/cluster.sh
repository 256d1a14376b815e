#!/usr/bin/env bash
# A MotCua cluster on one machine, laid out as on several (issue 19, item 3; README "Deployment"):
#   - Debian's PostgreSQL as primary (port 15500) and a streaming replica made with pg_basebackup -R (15501);
#   - three application instances (packaged jar; ports 18091-18093) on the primary, reading from the replica;
#   - HAProxy (Debian's package) on port 18090, round robin, health checks on /actuator/health/readiness.
# Usage: bench/cluster.sh start|stop|status [directory]     (default directory: /tmp/motcua-cluster)
#        bench/cluster.sh start-instance N [directory]       (starts instance N again, e.g. after kill -9)
#   CLUSTER_INSTANCES=3  CLUSTER_HISTORY=false (true loads the demo history on the first start)
#   CLUSTER_APP_ARGS="…" more application arguments for every instance
# Needs: postgresql (initdb, pg_ctl, pg_basebackup), haproxy, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:-status}"
dir="${2:-${CLUSTER_DIR:-/tmp/motcua-cluster}}"
instances="${CLUSTER_INSTANCES:-3}"
primary_port=15500
replica_port=15501
balancer_port=18090
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$pg_bin" ] || { echo "PostgreSQL is missing: apt-get install postgresql"; exit 1; }

# PostgreSQL refuses to run as root: its commands run as the postgres user when this script is root.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

app_port() { echo $((18090 + $1)); }

wait_ready() {
  local port="$1" pid="$2" log="$3" waited=0
  until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "instance on $port stopped; its log:"; tail -30 "$log"; return 1; }
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 600 ] || { echo "instance on $port not ready after 300 s"; return 1; }
  done
}

start_instance() {
  local i="$1" port java
  port="$(app_port "$i")"
  java="$(./motcua java-home)/bin/java"
  # shellcheck disable=SC2086
  nohup "$java" -jar target/motcua.jar --spring.profiles.active=demo --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$primary_port/motcua" --spring.datasource.username=postgres \
    --motcua.datasource.replica.url="jdbc:postgresql://127.0.0.1:$replica_port/motcua" \
    --motcua.demo.history="${CLUSTER_HISTORY:-false}" --logging.level.motcua.requests=WARN \
    ${CLUSTER_APP_ARGS:-} >"$dir/app$i.log" 2>&1 &
  echo $! >"$dir/app$i.pid"
}

start() {
  command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy"; exit 1; }
  [ ! -e "$dir/primary" ] || { echo "$dir already holds a cluster: bench/cluster.sh stop $dir first"; exit 1; }
  [ -f target/motcua.jar ] || ./motcua mvn -q -DskipTests package >/dev/null
  mkdir -p "$dir"
  chmod 0777 "$dir"
  echo "== primary PostgreSQL on $primary_port"
  as_postgres "$pg_bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >>"$dir/primary/postgresql.conf" <<CONF
port = $primary_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
  echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/primary/pg_hba.conf"
  as_postgres "$pg_bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w start >/dev/null
  as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$primary_port" -U postgres -q -c "create database motcua template template0 encoding 'UTF8'"
  echo "== streaming replica on $replica_port (pg_basebackup -R)"
  as_postgres "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream
  echo "port = $replica_port" >>"$dir/replica/postgresql.auto.conf"
  as_postgres "$pg_bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w start >/dev/null
  echo "== $instances application instances"
  # the first instance migrates the database and loads the demo data; the others start on it
  start_instance 1
  wait_ready "$(app_port 1)" "$(cat "$dir/app1.pid")" "$dir/app1.log"
  for i in $(seq 2 "$instances"); do start_instance "$i"; done
  for i in $(seq 2 "$instances"); do wait_ready "$(app_port "$i")" "$(cat "$dir/app$i.pid")" "$dir/app$i.log"; done
  echo "== HAProxy on $balancer_port"
  {
    cat <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
frontend motcua
    bind 127.0.0.1:$balancer_port
    default_backend instances
backend instances
    balance roundrobin
    option forwardfor
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 1
CFG
    for i in $(seq 1 "$instances"); do echo "    server app$i 127.0.0.1:$(app_port "$i") check"; done
  } >"$dir/haproxy.cfg"
  haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
  status
}

stop() {
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for pidfile in "$dir"/app*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$dir"/app*.pid; do
    [ -f "$pidfile" ] || continue
    for _ in $(seq 1 60); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  done
  for db in replica primary; do
    [ -d "$dir/$db" ] && as_postgres "$pg_bin/pg_ctl" -D "$dir/$db" -m fast -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$dir"
  echo "stopped; $dir removed"
}

status() {
  for i in $(seq 1 "$instances"); do
    printf 'app%s :%s %s\n' "$i" "$(app_port "$i")" \
      "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$(app_port "$i")/actuator/health/readiness" || true)"
  done
  printf 'balancer :%s %s\n' "$balancer_port" \
    "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$balancer_port/actuator/health/readiness" || true)"
  printf 'replica :%s in recovery: %s\n' "$replica_port" \
    "$(as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$replica_port" -U postgres -tA -c 'select pg_is_in_recovery()' 2>/dev/null || echo down)"
}

case "$action" in
  start-instance)
    n="${2:?which instance}"; dir="${3:-${CLUSTER_DIR:-/tmp/motcua-cluster}}"
    start_instance "$n"; wait_ready "$(app_port "$n")" "$(cat "$dir/app$n.pid")" "$dir/app$n.log" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: bench/cluster.sh start|stop|status [directory] | start-instance N [directory]"; exit 2 ;;
esac
