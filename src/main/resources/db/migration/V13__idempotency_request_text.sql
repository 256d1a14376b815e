-- dossier module: an idempotency key keeps the request it was used for as text (compared exactly), not a
-- SHA-256 of it: hashing every request cost more CPU than storing a few hundred bytes.
alter table idempotency_key alter column request_hash type text;
alter table idempotency_key rename column request_hash to request;
