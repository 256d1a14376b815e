#!/usr/bin/env bash
# Checks a load's attempts (bench/cluster-load.sh) against the cluster's primary: every acknowledged acceptance (201
# or 200) exists exactly once with its journal (transitions), audit and outbox rows; every key that was acknowledged
# more than once got the same dossier; no code was issued twice. Prints one result line; exits 1 on any loss.
# Usage: bench/cluster-verify.sh <out directory>
set -euo pipefail
out="$1"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
psql_primary() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p 15500 -U postgres -d motcua -tA "$@"
  else "$pg_bin/psql" -h 127.0.0.1 -p 15500 -U postgres -d motcua -tA "$@"; fi
}
keys=$(cut -f1 "$out/attempts.tsv" | sort -u | wc -l)
acknowledged=$(awk -F'\t' '$3 == 200 || $3 == 201 {print $1}' "$out/attempts.tsv" | sort -u | wc -l)
statuses=$(cut -f3 "$out/attempts.tsv" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
# a key acknowledged with two different codes would be a duplicate acceptance
split=$(awk -F'\t' '($3 == 200 || $3 == 201) {print $1 "\t" $4}' "$out/attempts.tsv" | sort -u | cut -f1 | uniq -d | wc -l)
awk -F'\t' '($3 == 200 || $3 == 201) {print $4}' "$out/attempts.tsv" | sort -u >"$out/codes.txt"
codes=$(wc -l <"$out/codes.txt")
missing=$(psql_primary -v ON_ERROR_STOP=1 <<SQL | tail -n 1
create temporary table acked (code text primary key);
\copy acked from '$out/codes.txt'
select count(*) filter (where d.code is null) || ' ' ||
       count(*) filter (where not exists (select 1 from dossier_transition t where t.dossier_code = a.code)) || ' ' ||
       count(*) filter (where not exists (select 1 from audit_entry e where e.subject = 'dossier:' || a.code)) || ' ' ||
       count(*) filter (where not exists (select 1 from outbox_message o where o.body like '%' || a.code || '%'))
from acked a left join dossier d on d.code = a.code;
SQL
)
read -r no_dossier no_journal no_audit no_outbox <<<"$missing"
keyed=$(psql_primary -c "select count(*) from idempotency_key where key like '$(head -n 1 "$out/attempts.tsv" | cut -f1 | sed 's/-[0-9]*$//')-%'")
echo "result: $keys keys, $acknowledged acknowledged ($codes codes), attempts by status: $statuses;" \
  "keys with two codes: $split; acknowledged but missing: dossier $no_dossier, journal $no_journal, audit $no_audit," \
  "outbox $no_outbox; keys stored: $keyed"
[ "$acknowledged" = "$keys" ] && [ "$split" = 0 ] && [ "$no_dossier" = 0 ] && [ "$no_journal" = 0 ] \
  && [ "$no_audit" = 0 ] && [ "$no_outbox" = 0 ] && [ "$codes" = "$acknowledged" ]
