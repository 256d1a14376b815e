-- reporting module, second shape of the read models (issue 8): one row of facts per dossier and counters per
-- office, period (day and month) and dimension (all, field, procedure, officer, channel, service model), both kept
-- by the projector that follows the dossier journal. They replace dossier_day_stat and dossier_score; the
-- projector starts again from the beginning of the journal and counts every dossier into the new tables.
create extension if not exists btree_gist;

create table report_dossier (
    code               varchar(60)  primary key,
    office_code        varchar(35)  not null,
    field              varchar(200) not null,
    procedure_code     varchar(40)  not null,
    procedure_name     varchar(600) not null,
    received_by        varchar(50)  not null,
    handled_by         varchar(50)  not null,
    channel            varchar(10)  not null,
    assisted           boolean      not null,
    consulted          boolean      not null,
    models             bigint[]     not null default '{}',
    received_at        timestamp    not null,
    due_at             timestamp    not null,
    rescheduled_due_at timestamp,
    closed_at          timestamp,
    closing            varchar(10),
    timeliness         varchar(14),
    late_cause         varchar(400),
    returned_at        timestamp,
    index1             smallint,
    index2             smallint,
    index3             smallint
);
-- When a dossier was overdue: after its due instant until it closed (empty when it closed in time).
create function report_overdue_span(due_at timestamp, closed_at timestamp) returns tsrange
    language sql immutable parallel safe
    return case when closed_at is not null and closed_at <= due_at then 'empty'::tsrange
                else tsrange(due_at, closed_at, '()') end;

create index report_dossier_received on report_dossier (office_code, received_at);
create index report_dossier_closed on report_dossier (office_code, closed_at);
create index report_dossier_open_now on report_dossier (office_code, due_at) where closed_at is null;
create index report_dossier_late on report_dossier (office_code, closed_at) where timeliness = 'LATE';
create index report_dossier_open_at on report_dossier using gist (office_code, tsrange(received_at, closed_at));
create index report_dossier_overdue_at on report_dossier using gist (office_code, report_overdue_span(due_at, closed_at));

create table report_count (
    grain             char(1)      not null,
    dimension         varchar(10)  not null,
    office_code       varchar(35)  not null,
    period            date         not null,
    key               varchar(200) not null,
    received          integer      not null default 0,
    assisted          integer      not null default 0,
    finished          integer      not null default 0,
    early             integer      not null default 0,
    on_time           integer      not null default 0,
    late              integer      not null default 0,
    refused           integer      not null default 0,
    stopped           integer      not null default 0,
    finished_same_day integer      not null default 0,
    returned          integer      not null default 0,
    returned_same_day integer      not null default 0,
    primary key (grain, dimension, office_code, period, key)
);

drop table dossier_day_stat;
drop table dossier_score;
delete from projection_position;
