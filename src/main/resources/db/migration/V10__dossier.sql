-- dossier module: dossiers (the aggregate as JSON, with the columns queues and lookups need), their daily
-- code sequences, their immutable transitions, and idempotency keys of API requests.
-- Times without zone are the office's local time (Asia/Ho_Chi_Minh), as the calendar computes them.
create table dossier (
    code             varchar(60)  primary key,
    office_code      varchar(35)  not null,
    competent_office varchar(35)  not null,
    procedure_code   varchar(40)  not null,
    field            varchar(200) not null,
    status           varchar(24)  not null,
    received_at      timestamp    not null,
    due_at           timestamp    not null,
    promised_at      timestamp    not null,
    holder           varchar(200),
    finished_at      timestamp,
    returned_at      timestamp,
    data             jsonb        not null,
    version          bigint       not null default 0,
    updated_at       timestamptz  not null default now()
);
create index dossier_office_queue on dossier (office_code, status, promised_at);
create index dossier_competent_queue on dossier (competent_office, status, promised_at);
create index dossier_received on dossier (office_code, received_at);

-- One row per office and day; the increment holds the row lock until the acceptance commits, so two
-- officers or two app instances never get the same number.
create table dossier_code_sequence (
    office_code varchar(35) not null,
    day         date        not null,
    last_value  bigint      not null,
    primary key (office_code, day)
);

create table dossier_transition (
    id           bigint generated always as identity primary key,
    dossier_code varchar(60) not null references dossier (code),
    action       varchar(30) not null,
    from_status  varchar(24),
    to_status    varchar(24) not null,
    actor        varchar(50) not null,
    at           timestamp   not null,
    note         text,
    recorded_at  timestamptz not null default now()
);
create index dossier_transition_dossier on dossier_transition (dossier_code, id);

create function dossier_transition_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'dossier transitions cannot be changed or deleted';
end;
$$;
create trigger dossier_transition_immutable
    before update or delete on dossier_transition
    for each row execute function dossier_transition_is_immutable();

create table idempotency_key (
    actor        varchar(50)  not null,
    key          varchar(200) not null,
    request_hash varchar(64)  not null,
    dossier_code varchar(60),
    created_at   timestamptz  not null default now(),
    primary key (actor, key)
);
