-- dossier module: the slips issued at the counter when a dossier is not accepted (form 02, a supplement
-- request listing every missing item; form 03, a refusal with reasons), and the scans of accepted dossiers.
create table counter_slip (
    id             bigint generated always as identity primary key,
    office_code    varchar(35)  not null,
    kind           varchar(20)  not null check (kind in ('SUPPLEMENT_REQUEST', 'REFUSAL')),
    procedure_code varchar(40)  not null,
    procedure_name varchar(500) not null,
    applicant      jsonb        not null,
    items          jsonb        not null,
    officer        varchar(50)  not null,
    issued_at      timestamp    not null
);
create index counter_slip_office on counter_slip (office_code, issued_at);

create table dossier_scan (
    id           uuid primary key,
    dossier_code varchar(60)  not null references dossier (code),
    file_name    varchar(255) not null,
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null default now()
);
create index dossier_scan_dossier on dossier_scan (dossier_code);
