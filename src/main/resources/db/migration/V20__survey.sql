-- survey module: citizens' evaluations, one per dossier (changeable for a few days) or one per walk-in at a counter.
create table evaluation (
    id            bigint generated always as identity primary key,
    kind          varchar(10)  not null check (kind in ('DOSSIER', 'COUNTER')),
    dossier_code  varchar(60),
    office_code   varchar(35)  not null,
    counter_id    bigint,
    officer       varchar(50),
    procedure_code varchar(20),
    answers       jsonb        not null,
    overall       smallint     not null check (overall between 0 and 2),
    comment       text,
    address_hash  varchar(64)  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    changeable_until timestamptz not null
);
create unique index evaluation_one_per_dossier on evaluation (dossier_code) where dossier_code is not null;
create index evaluation_office on evaluation (office_code, created_at);
create index evaluation_counter_address on evaluation (counter_id, address_hash, created_at) where counter_id is not null;
