-- catalogue module: procedures in dated versions, and which offices offer them.
create table procedure (
    code       varchar(40) primary key,
    created_at timestamptz not null default now()
);

create table procedure_version (
    id             bigint generated always as identity primary key,
    procedure_code varchar(40)  not null references procedure (code) on delete cascade,
    effective_from date         not null,
    name           varchar(500) not null,
    field          varchar(200) not null,
    level          varchar(20)  not null check (level in ('COMMUNE', 'PROVINCE', 'CENTRAL')),
    -- legal time: amount in days, or in minutes for WORKING_HOURS; none for SAME_DAY
    legal_amount   bigint,
    legal_unit     varchar(20)  not null,
    legal_cutoff   time,
    target_amount  bigint,
    target_unit    varchar(20),
    target_cutoff  time,
    boundary_free  boolean      not null default false,
    channels       varchar(10)[] not null,
    legal_basis    text,
    verification   text,
    -- steps, documents, fees, results and the declaration form, as the catalogue module writes them
    details        jsonb        not null,
    -- name, code and field without diacritics, lower case: what searches match
    search_text    text         not null,
    unique (procedure_code, effective_from)
);
create index procedure_version_field on procedure_version (field);

create table office_procedure (
    office_code      varchar(35) not null,
    procedure_code   varchar(40) not null references procedure (code) on delete cascade,
    competent_agency varchar(200),
    primary key (office_code, procedure_code)
);
create index office_procedure_procedure on office_procedure (procedure_code);
