-- The dossier journal: each transition carries the id of the transaction that wrote it, so that a reader can
-- follow the journal in commit-safe order: it takes only rows of transactions older than every one still running.
alter table dossier_transition add column tx xid8 not null default pg_current_xact_id();
create index dossier_transition_journal on dossier_transition (tx, id);

-- reporting module: daily counters per office (model_id 0) and per service model, kept current by a projector
-- that follows the dossier journal; where it has read to is kept with the counters, in the same transaction.
create table dossier_day_stat (
    office_code       varchar(35) not null,
    day               date        not null,
    model_id          bigint      not null default 0,
    received          integer     not null default 0,
    assisted          integer     not null default 0,
    finished          integer     not null default 0,
    early             integer     not null default 0,
    on_time           integer     not null default 0,
    late              integer     not null default 0,
    finished_same_day integer     not null default 0,
    returned          integer     not null default 0,
    returned_same_day integer     not null default 0,
    primary key (office_code, model_id, day)
);

create table projection_position (
    name varchar(60) primary key,
    tx   xid8        not null,
    id   bigint      not null
);
