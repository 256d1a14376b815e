#!/usr/bin/env bash
# Dashboard and report benchmark (issue 8, item 5): the leader's pages of a province of 600 communes with
# 10 million dossiers over five years. Generate the history once (about half an hour here):
#   ./motcua history 10000000 600 --motcua.history.read-models-only=true \
#       --motcua.embedded-postgres.data-directory=/tmp/bench10m/pg --motcua.embedded-postgres.port=15492
# then: bench/reports.sh /tmp/bench10m/pg [requests per page]
# Starts the application on that database, signs in as the province's leader (lanhdao.b01), warms every page up,
# then requests each page N times one after the other and prints p50, p95 and the slowest, in milliseconds,
# measured by curl from the request to the last byte (the whole page: every query it makes, and the rendering).
set -euo pipefail
cd "$(dirname "$0")/.."
pgdata="${1:?usage: bench/reports.sh PGDATA [requests]}"
n="${2:-40}"
port="${BENCH_PORT:-18082}"
pgport="${BENCH_PG_PORT:-15492}"
[ -f target/motcua.jar ] || ./motcua mvn -q -DskipTests package >/dev/null
java="$(./motcua java-home)/bin/java"
log="$(mktemp)"
"$java" -jar target/motcua.jar --spring.profiles.active=demo --motcua.demo.history=false --server.port="$port" \
  --motcua.embedded-postgres.data-directory="$pgdata" --motcua.embedded-postgres.port="$pgport" \
  --logging.level.motcua.requests=WARN >"$log" 2>&1 &
app=$!
jar="$(mktemp)"
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -f "$jar" "$log"' EXIT
until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { tail -30 "$log"; exit 1; }
  sleep 0.5
done
csrf=$(curl -s -c "$jar" "localhost:$port/dang-nhap" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=lanhdao.b01&password=MotCua@2026&_csrf=$csrf" "localhost:$port/dang-nhap"
year=$(( $(date +%Y) - 1 ))
# pages with the session cookie; the API with HTTP Basic, as its clients call it
auth() { if [[ "$1" == /api/* ]]; then echo "-u lanhdao.b01:MotCua@2026"; else echo "-b $jar"; fi; }
pages=(
  "/thong-ke?don-vi=B01&ky=$year|dashboard, province, last year"
  "/thong-ke?don-vi=B01|dashboard, province, this year so far"
  "/thong-ke?don-vi=B01&ky=$year-Q2|dashboard, province, a quarter"
  "/thong-ke?don-vi=B01.001&ky=$year|dashboard, one commune, last year"
  "/thong-ke/bao-cao?don-vi=B01&ky=$year&theo=don-vi|report by commune (600 rows), last year"
  "/thong-ke/bao-cao?don-vi=B01&ky=$year&theo=linh-vuc|report by field, province, last year"
  "/thong-ke/bao-cao?don-vi=B01&ky=$year&theo=thu-tuc|report by procedure, province, last year"
  "/thong-ke/bao-cao?don-vi=B01&ky=$year&theo=can-bo|report by officer (2,400 rows), province, last year"
  "/thong-ke/bao-cao?don-vi=B01&tu=$((year - 4))-01-01&den=$year-12-31&theo=linh-vuc|report by field, province, five years"
  "/thong-ke/bao-cao.xlsx?don-vi=B01&ky=$year&theo=don-vi|report XLSX by commune, last year"
  "/thong-ke/bao-cao.pdf?don-vi=B01&ky=$year&theo=linh-vuc|report PDF by field, province, last year"
  "/api/v1/offices/B01/statistics?from=$year-01-01&to=$year-12-31|API statistics, province, last year (HTTP Basic)"
  "/thong-ke/ho-so?don-vi=B01&ky=$year&so-lieu=LATE|drill-down: late dossiers, province, last year"
  "/thong-ke/ho-so?don-vi=B01&ky=$year&so-lieu=RECEIVED&theo=linh-vuc&khoa=H%E1%BB%99%20t%E1%BB%8Bch|drill-down: received, civil status, province"
  "/thong-ke/ho-so?don-vi=B01&ky=$year&so-lieu=CARRIED_OVER|drill-down: carried over into last year, province"
)
echo "dossiers in the read model: $(psql -tA -h localhost -p "$pgport" -U postgres -d motcua -c 'select count(*) from report_dossier' 2>/dev/null || echo '?')"
# warm every page up first (the JIT compiles the code the pages share, PostgreSQL caches their rows)
for entry in "${pages[@]}"; do
  for _ in 1 2 3 4 5; do curl -s $(auth "${entry%%|*}") -o /dev/null "localhost:$port${entry%%|*}"; done
done
printf "%-62s %8s %8s %8s\n" "page" "p50 ms" "p95 ms" "max ms"
for entry in "${pages[@]}"; do
  url="${entry%%|*}"; name="${entry#*|}"
  times=()
  for _ in $(seq "$n"); do
    times+=("$(curl -s $(auth "$url") -o /dev/null -w '%{http_code} %{time_total}' "localhost:$port$url")")
  done
  bad=$(printf '%s\n' "${times[@]}" | awk '$1 != 200' | wc -l)
  printf '%s\n' "${times[@]}" | awk '{ printf "%.1f\n", $2 * 1000 }' | sort -n | awk -v name="$name" -v bad="$bad" '
    { t[NR] = $1 }
    END {
      p50 = t[int((NR + 1) * 0.50)]; i = int(NR * 0.95); if (i < NR * 0.95) i++; p95 = t[i]; max = t[NR]
      printf "%-62s %8.0f %8.0f %8.0f%s\n", name, p50, p95, max, (bad > 0 ? "  (" bad " not 200)" : "")
    }'
done
