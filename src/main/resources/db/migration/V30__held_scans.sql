-- dossier module: scans say which paper of the checklist they digitise, and scans attached to a reception form that
-- was refused for an error are held under the form's submission key until it is accepted (issue 17, item 3).
alter table dossier_scan add column paper varchar(500);

create table held_scan (
    id             uuid primary key,
    actor          varchar(50)  not null,
    submission_key varchar(100) not null,
    paper          varchar(500),
    file_name      varchar(255) not null,
    content_type   varchar(40)  not null,
    content        bytea        not null,
    held_at        timestamptz  not null default now()
);
create index held_scan_form on held_scan (actor, submission_key, held_at);
create index held_scan_age on held_scan (held_at);
