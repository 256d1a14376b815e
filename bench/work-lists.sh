#!/usr/bin/env bash
# Work-list benchmark (issue 17, item 1): "Hồ sơ của tôi" of a big office with 1 million dossiers. Starts the
# application (demo data, no demo history) on a fresh embedded PostgreSQL, accepts one real dossier through the API as
# the template, then generates the given number of dossiers at H99.02 in one SQL statement: 1,000 a day, names drawn
# like Vietnamese names are (Nguyễn for about 38 %, a few dozen given names, so a full name is shared by many people),
# a personal ID number and a phone each; the last 15 days' dossiers are open in the six open statuses (about 15,000,
# some overdue), the older ones closed. Signs in as the office's leader (lanhdao.02, who sees every open dossier)
# and as its receptionist, warms up, then requests each list N times one after the other and prints p50, p95 and
# the slowest in milliseconds, measured by curl from the request to the last byte (every query and the rendering).
# Usage: bench/work-lists.sh [requests per list] [dossiers]    (needs psql)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"
total="${2:-1000000}"
per_day=1000
days=$(( (total + per_day - 1) / per_day ))
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client"; exit 1; }
./motcua mvn -q -DskipTests package >/dev/null
java="$(./motcua java-home)/bin/java"
# BENCH_DATA=<directory> keeps the generated database there and reuses it on the next run
data="${BENCH_DATA:-$(mktemp -d)}"
mkdir -p "$data"
port="${BENCH_PORT:-18083}"
pgport="${BENCH_PG_PORT:-15434}"
"$java" -jar target/motcua.jar --spring.profiles.active=demo --motcua.demo.history=false --server.port="$port" \
  --motcua.embedded-postgres.data-directory="$data/pg" --motcua.embedded-postgres.port="$pgport" \
  --logging.level.motcua.requests=WARN ${BENCH_APP_ARGS:-} >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; [ -n "${BENCH_DATA:-}" ] || rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { tail -30 "$data/app.log"; exit 1; }
  sleep 0.2
done

generated=$(psql -tA -h localhost -p "$pgport" -U postgres -d motcua -c "select count(*) from dossier where office_code = 'H99.02'")
if [ "$generated" -lt "$total" ]; then
curl -sf -u tiepnhan.02:MotCua@2026 -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$(date +%s%N)" \
  -d '{"officeCode":"H99.02","procedureCode":"1.004873","channel":"COUNTER","applicant":{"kind":"INDIVIDUAL","name":"Nguyễn Văn Thử","idNumber":"001090012345","address":"Hạ Long","phone":"0912345678"},"documents":[{"name":"Tờ khai","copies":1}]}' \
  "localhost:$port/api/v1/dossiers" >/dev/null
today=$(date -u +%F)
echo "== generating $total dossiers ($days days of $per_day) at H99.02"
start=$(date +%s)
psql -q -h localhost -p "$pgport" -U postgres -d motcua -v ON_ERROR_STOP=1 <<SQL
create temporary table template as select data from dossier where office_code = 'H99.02' limit 1;
create temporary table family (i int, name text);
insert into family select i, (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[
    case when i < 38 then 1 when i < 49 then 2 when i < 59 then 3 when i < 66 then 4 else 5 + (i % 12) end] from generate_series(0, 99) i;
insert into dossier (code, office_code, competent_office, procedure_code, field, status, received_at, due_at, promised_at, finished_at, returned_at, data)
select c.code, 'H99.02', 'H99.02', '1.004873', 'Hộ tịch', c.status, c.at, c.at + interval '7 days', c.at + interval '7 days',
       case when c.open then null else c.at + interval '5 days' end, case when c.open then null else c.at + interval '5 days' end,
       jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.data, '{intake,code,value}', to_jsonb(c.code)),
           '{intake,applicant,name}', to_jsonb(c.name)), '{intake,applicant,idNumber,value}', to_jsonb(c.id)),
           '{intake,applicant,phone}', to_jsonb(c.phone)), '{progress,status}', to_jsonb(c.status))
from template t,
     lateral (select x.*, x.status in ('RECEIVED','PROCESSING','SUPPLEMENT_REQUESTED','AWAITING_APPROVAL','APPROVED','RESULT_READY') as open
              from (select 'H99.02-' || to_char(d, 'YYMMDD') || '-' || lpad(s::text, 4, '0') as code,
                     d + interval '7 hours 30 minutes' + s * interval '30 seconds' as at,
                     f.name || ' ' || (array['Văn','Thị','Đức','Minh','Thu','Ngọc','Hữu','Quang','Thanh','Hoàng'])[1 + (k * 7) % 10] || ' '
                       || (array['An','Bình','Chi','Dũng','Đào','Giang','Hà','Hải','Hạnh','Hiếu','Hoa','Hùng','Hương','Khánh','Lan','Linh',
                                 'Long','Mai','Minh','Nam','Nga','Ngọc','Nhung','Phong','Phương','Quân','Sơn','Tâm','Thảo','Thắng','Thủy',
                                 'Trang','Trung','Tú','Tuấn','Vân','Việt','Xuân','Yến','Anh'])[1 + (k * 13) % 40] as name,
                     lpad((k % 96 + 1)::text, 3, '0') || '0' || lpad((k % 90 + 10)::text, 2, '0') || lpad((k % 1000000)::text, 6, '0') as id,
                     '09' || lpad(((k * 7919) % 100000000)::text, 8, '0') as phone,
                     case when d > date '$today' - 15 then (array['RECEIVED','PROCESSING','PROCESSING','PROCESSING','SUPPLEMENT_REQUESTED',
                                'AWAITING_APPROVAL','APPROVED','RESULT_READY'])[1 + k % 8]
                          when k % 50 = 0 then 'REFUSED' when k % 70 = 0 then 'STOPPED' else 'RETURNED' end as status
                   from generate_series(date '$today' - $days, date '$today' - 1, interval '1 day') as d,
                        generate_series(1, $per_day) as s,
                        lateral (select (extract(epoch from d)::bigint / 86400) * $per_day + s as k) kk,
                        lateral (select name from family where i = (k * 31) % 100) f) x) c
on conflict do nothing;
SQL
# what autovacuum does after a bulk insert: statistics and the visibility map (index-only counts)
psql -q -h localhost -p "$pgport" -U postgres -d motcua -v ON_ERROR_STOP=1 -c "vacuum analyze dossier"
echo "generated in $(( $(date +%s) - start )) s"
fi
psql -tA -h localhost -p "$pgport" -U postgres -d motcua -c "select count(*), count(*) filter (where status not in ('RETURNED','REFUSED','STOPPED')) from dossier where office_code = 'H99.02'" \
  | awk -F'|' '{print "dossiers at H99.02: " $1 ", open: " $2}'
sample=$(psql -tA -h localhost -p "$pgport" -U postgres -d motcua -c "select code || '|' || (data->'intake'->'applicant'->'idNumber'->>'value') || '|' || (data->'intake'->'applicant'->>'phone') || '|' || (data->'intake'->'applicant'->>'name') from dossier where office_code = 'H99.02' and received_at < now() - interval '200 days' order by received_at desc limit 1")
IFS='|' read -r code id phone name <<<"$sample"
urlname=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")
plain=$(python3 -c 'import sys,unicodedata,urllib.parse; s=sys.argv[1].replace("đ","d").replace("Đ","D"); s="".join(c for c in unicodedata.normalize("NFD",s) if not unicodedata.combining(c)).lower(); print(urllib.parse.quote(s))' "$name")
echo "searching for $code, $id, $phone, $name"

login() {
  local jar="$1" user="$2" csrf
  csrf=$(curl -s -c "$jar" "localhost:$port/dang-nhap" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=MotCua@2026&_csrf=$csrf" "localhost:$port/dang-nhap"
}
leader="$data/leader.jar"; desk="$data/desk.jar"
login "$leader" lanhdao.02; login "$desk" tiepnhan.02
lists=(
  "$leader|/ho-so|leader: waiting for me (every open dossier)"
  "$desk|/ho-so|receptionist: waiting for me"
  "$leader|/ho-so?tab=tat-ca&han=qua-han|leader: overdue"
  "$leader|/ho-so?tab=dang-xu-ly&linh-vuc=H%E1%BB%99%20t%E1%BB%8Bch&thu-tuc=1.004873|leader: processing, field and procedure"
  "$leader|/ho-so?tab=da-xong|leader: closed, newest first"
  "$leader|/ho-so?tab=da-xong&trang=50|leader: closed, page 50"
  "$desk|/ho-so?tab=tat-ca&q=$code|receptionist: a code"
  "$desk|/ho-so?tab=tat-ca&q=$id|receptionist: an ID number"
  "$desk|/ho-so?tab=tat-ca&q=$phone|receptionist: a phone"
  "$desk|/ho-so?tab=tat-ca&q=$urlname|receptionist: a full name with diacritics"
  "$desk|/ho-so?tab=tat-ca&q=$plain|receptionist: a full name without diacritics"
  "$desk|/ho-so?tab=tat-ca&q=nguyen|receptionist: one common family name"
  "$desk|/ho-so?tab=tat-ca&q=nguyen%20van%20a|receptionist: a name still being typed"
)
for entry in "${lists[@]}"; do
  IFS='|' read -r jar url _ <<<"$entry"
  for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "localhost:$port$url"; done
done
all="$data/all.txt"; : >"$all"
printf "%-62s %8s %8s %8s\n" "list" "p50 ms" "p95 ms" "max ms"
for entry in "${lists[@]}"; do
  IFS='|' read -r jar url name <<<"$entry"
  times=()
  for _ in $(seq "$n"); do
    times+=("$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' "localhost:$port$url")")
  done
  bad=$(printf '%s\n' "${times[@]}" | awk '$1 != 200' | wc -l)
  printf '%s\n' "${times[@]}" | awk '{ printf "%.1f\n", $2 * 1000 }' | tee -a "$all" | sort -n | awk -v name="$name" -v bad="$bad" '
    { t[NR] = $1 }
    END {
      p50 = t[int((NR + 1) * 0.50)]; i = int(NR * 0.95); if (i < NR * 0.95) i++; p95 = t[i]; max = t[NR]
      printf "%-62s %8.0f %8.0f %8.0f%s\n", name, p50, p95, max, (bad > 0 ? "  (" bad " not 200)" : "")
    }'
done
sort -n "$all" | awk '{ t[NR] = $1 } END { i = int(NR * 0.95); if (i < NR * 0.95) i++; printf "%-62s %8.0f %8.0f %8.0f\n", "all lists together", t[int((NR + 1) * 0.5)], t[i], t[NR] }'
