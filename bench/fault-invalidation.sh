#!/usr/bin/env bash
# Issue 19, item 4: a calendar edit or an account disabled on one instance takes effect on the others within 1 s.
# On a running cluster (bench/cluster.sh start): an administrator of H99.05 signs in on instance 1 and
#   1. adds a 9th hour (17:00-18:00) on one Thursday far ahead; instances 2 and 3 are polled (appointment API,
#      received 16:30 + 1 working hour) until they promise 17:30 that day instead of the next morning;
#   2. opens an account and disables it; instances 2 and 3 are polled with the account's HTTP Basic until they refuse.
# Each delay is measured from the moment instance 1 answered the change (it has committed) until the last of the
# other instances shows it, polling every 10 ms. Bounded: gives up after 10 s.
# Usage: bench/fault-invalidation.sh [rounds]      (default 5 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
one=18091
others=(18092 18093)
jar="$(mktemp)"
trap 'rm -f "$jar" "$jar.answer"' EXIT
now_ms() { date +%s%3N; }

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
page() { curl -sf -b "$jar" -c "$jar" "localhost:$one$1"; }
post() { local path="$1"; shift; curl -s -o "$jar.answer" -w '%{http_code}' -b "$jar" -c "$jar" "localhost:$one$path" "$@"; }
refused() { echo "$1 answered $2:"; grep -o 'alert-danger[^<]*<[^<]*\|invalid-feedback[^>]*>[^<]\+' "$jar.answer" | head -5; exit 1; }

token="$(page /dang-nhap | csrf)"
[ "$(post /dang-nhap --data-urlencode username=quantri.05 --data-urlencode password=MotCua@2026 --data-urlencode _csrf="$token")" = 302 ] \
  || { echo "sign-in failed"; exit 1; }

# polls "$@" (a command printing what an instance answers) on every other instance until it prints $expected
wait_all() {
  local expected="$1" started="$2"; shift 2
  local port got
  for port in "${others[@]}"; do
    while true; do
      got="$("$@" "$port")"
      [ "$got" = "$expected" ] && break
      [ $(( $(now_ms) - started )) -lt 10000 ] || { echo "instance $port still answers '$got' after 10 s"; return 1; }
      sleep 0.01
    done
  done
  echo $(( $(now_ms) - started ))
}

due_on() { curl -s "localhost:$2/api/v1/offices/H99.05/appointment?receivedAt=${1}T16:30&amount=1&unit=WORKING_HOURS" \
  | grep -o '"dueAt":"[^"]*"' | sed 's/"dueAt":"//; s/"$//'; }
basic_status() { curl -s -o /dev/null -w '%{http_code}' -u "$1:MotCua@2026-cum" "localhost:$2/api/v1/dossiers"; }

calendar_delays=()
account_delays=()
for round in $(seq 1 "$rounds"); do
  # a Thursday no earlier round used: 2040 + a random week
  thursday="$(date -d "2040-01-05 + $(( (RANDOM * 32768 + RANDOM) % 2600 )) weeks" +%F)"
  day_first="$(date -d "$thursday" +%d/%m/%Y)"
  calendar_page="$(page /quan-tri/lich/H99.05)"
  token="$(echo "$calendar_page" | csrf)"
  version="$(echo "$calendar_page" | grep -o 'name="version" value="[0-9]*"' | head -n 1 | tr -dc '0-9')"
  before="$(due_on "$thursday" "${others[0]}")"
  status="$(post /quan-tri/lich/H99.05/buoi-them --data-urlencode _csrf="$token" --data-urlencode version="$version" \
    --data-urlencode "label=Giờ thứ 9 — đo $round" --data-urlencode weekdays=4 --data-urlencode start=17:00 \
    --data-urlencode end=18:00 --data-urlencode from="$day_first" --data-urlencode until="$day_first" \
    --data-urlencode confirmed=1 --data-urlencode use=RECEPTION_AND_PROCESSING)"
  answered="$(now_ms)"
  [ "$status" = 302 ] || refused "the calendar edit" "$status"
  calendar_delays+=("$(wait_all "${thursday}T17:30:00+07:00" "$answered" due_on "$thursday")")
  [ "$before" != "${thursday}T17:30:00+07:00" ] || { echo "the due date was already 17:30 before the edit"; exit 1; }

  user="do$(date +%s%N | tail -c 9)"
  token="$(page "/quan-tri/can-bo?office=H99.05" | csrf)"
  status="$(post "/quan-tri/can-bo?office=H99.05" --data-urlencode _csrf="$token" --data-urlencode username="$user" \
    --data-urlencode "fullName=Người Đo Thử" --data-urlencode roles=RECEPTION --data-urlencode password=MotCua@2026-cum)"
  [ "$status" = 302 ] || refused "opening the account" "$status"
  for port in "${others[@]}"; do [ "$(basic_status "$user" "$port")" = 200 ] || { echo "the new account is refused on $port"; exit 1; }; done
  token="$(page "/quan-tri/can-bo/$user" | csrf)"
  status="$(post "/quan-tri/can-bo/$user" --data-urlencode _csrf="$token" --data-urlencode "fullName=Người Đo Thử" \
    --data-urlencode roles=RECEPTION --data-urlencode enabled=false)"
  answered="$(now_ms)"
  [ "$status" = 302 ] || refused "disabling the account" "$status"
  account_delays+=("$(wait_all 401 "$answered" basic_status "$user")")
  echo "round $round: calendar ${calendar_delays[-1]} ms, account ${account_delays[-1]} ms"
done
max() { printf '%s\n' "$@" | sort -n | tail -n 1; }
echo "result: calendar edit seen by the other instances within $(max "${calendar_delays[@]}") ms (max of $rounds)," \
  "disabled account refused within $(max "${account_delays[@]}") ms; target 1000 ms"
