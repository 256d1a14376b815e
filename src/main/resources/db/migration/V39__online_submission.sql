-- citizen module: dossiers submitted online. A draft is the citizen's until submitted; submitted, it has its dossier
-- code and waits in the office's online inbox for the completeness check, which accepts it (the dossier is then
-- written by the same command as at the counter, with this code and receipt time), asks for a supplement (form 02;
-- the citizen adds the papers and submits again, and the receipt time restarts) or refuses it (form 03).
create table online_submission (
    id              uuid primary key,
    account_id      uuid          not null references citizen_account (id),
    office_code     varchar(35)   not null,
    procedure_code  varchar(40)   not null,
    procedure_name  varchar(500)  not null,
    status          varchar(25)   not null
        check (status in ('DRAFT', 'WAITING', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'REFUSED')),
    declaration     jsonb         not null,
    contact         jsonb         not null,
    dossier_code    varchar(60) unique,
    round           int           not null default 0,
    submitted_at    timestamptz,
    received_at     timestamp,
    check_due_at    timestamp,
    answer          jsonb         not null default '[]',
    slip_id         bigint,
    decided_by      varchar(50),
    decided_at      timestamptz,
    submit_key      varchar(100),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         int           not null default 0,
    unique (account_id, submit_key)
);
create index online_submission_owner on online_submission (account_id, updated_at desc);
create index online_submission_waiting on online_submission (office_code, received_at, submitted_at) where status = 'WAITING';

-- The papers of a submission: a file of the citizen's store (uploaded for it or picked from it), copied here by its
-- hash so that deleting it from the store later does not take it out of a submitted dossier.
create table online_submission_paper (
    submission_id uuid          not null references online_submission (id) on delete cascade,
    position      int           not null,
    paper         varchar(500)  not null,
    document_id   uuid          not null,
    file_name     varchar(255)  not null,
    content_type  varchar(40)   not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        char(64)      not null,
    round         int           not null,
    reused        boolean       not null,
    primary key (submission_id, position)
);

-- Forms 02 and 03 of an online dossier carry its code.
alter table counter_slip add column dossier_code varchar(60);
