-- pgbench: one transaction per acceptance-sized write, the ceiling the API is compared with: take the next
-- number of the day (the same upsert the app uses), insert a dossier-sized row with a 2 KB JSON document.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO bench_sequence (office_code, day, last_value) VALUES ('BENCH', current_date, 1)
  ON CONFLICT (office_code, day) DO UPDATE SET last_value = bench_sequence.last_value + 1;
INSERT INTO bench_dossier (code, office_code, status, received_at, due_at, data)
  VALUES ('BENCH-' || :n || '-' || txid_current(), 'BENCH', 'RECEIVED', now(), now() + interval '3 days',
          (SELECT doc FROM bench_template));
END;
