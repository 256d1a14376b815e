-- catalogue module: imports of the catalogue from a file, run in the background with their progress.
create table catalogue_import (
    id          uuid primary key,
    file_name   varchar(255) not null,
    actor       varchar(50)  not null,
    office_code varchar(35)  not null,
    status      varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total       integer      not null,
    done        integer      not null default 0,
    added       integer      not null default 0,
    changed     integer      not null default 0,
    message     text,
    started_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
