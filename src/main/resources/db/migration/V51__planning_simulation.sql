-- planning module: the what-if simulator's runs (issue 23). A run is asked on a page and made in the background by
-- whichever instance claims it (for update skip locked); its progress and result are read from here by any instance.
create table planning_simulation (
    id           uuid primary key,
    office_code  varchar(35)  not null,
    requested_by varchar(50)  not null,
    requested_at timestamptz  not null,
    request      jsonb        not null,
    status       varchar(8)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done         int          not null default 0,
    total        int          not null,
    claimed_at   timestamptz,
    finished_at  timestamptz,
    elapsed_ms   bigint,
    result       jsonb,
    error        varchar(400)
);
create index planning_simulation_office on planning_simulation (office_code, requested_at desc);
create index planning_simulation_waiting on planning_simulation (requested_at) where status in ('QUEUED', 'RUNNING');
