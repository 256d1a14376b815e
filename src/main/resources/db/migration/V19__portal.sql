-- portal module: wrong second factors on the public lookup, counted per dossier to stop guessing the 4 digits.
create table lookup_failure (
    dossier_code varchar(60) not null,
    failed_at    timestamptz not null,
    address_hash varchar(64) not null
);
create index lookup_failure_dossier on lookup_failure (dossier_code, failed_at);
