-- queue module: the desk's queue (issue 22). Tickets numbered per office and day (never twice), each waiting for a
-- field, with its priority, called to a counter, served and linked to the dossier received, or a no-show; kiosks bound
-- to an office by a device token an administrator issued (kept by its SHA-256), with a per-minute count of tickets.
create table queue_ticket_sequence (
    office_code varchar(35) not null,
    day         date        not null,
    last_value  int         not null check (last_value between 1 and 9999),
    primary key (office_code, day)
);

create table queue_ticket (
    id           uuid         primary key,
    office_code  varchar(35)  not null,
    day          date         not null,
    number       int          not null,
    field        varchar(200) not null,
    priority     varchar(12)  check (priority in ('ELDERLY', 'DISABILITY', 'PREGNANT', 'SMALL_CHILD')),
    status       varchar(8)   not null check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    taken_at     timestamptz  not null,
    counter      int,
    for_counter  int,
    called_by    varchar(50),
    calls        int          not null default 0,
    called_at    timestamptz,
    serving_at   timestamptz,
    finished_at  timestamptz,
    dossier_code varchar(60),
    source       varchar(6)   not null check (source in ('KIOSK', 'DESK')),
    unique (office_code, day, number)
);
create index queue_ticket_waiting on queue_ticket (office_code, day, status, taken_at);
create index queue_ticket_counter on queue_ticket (office_code, day, counter, status);

create table kiosk_device (
    token_sha256 char(64)     primary key,
    office_code  varchar(35)  not null,
    name         varchar(120) not null,
    issued_by    varchar(50)  not null,
    issued_at    timestamptz  not null,
    revoked_at   timestamptz
);

create table kiosk_rate (
    token_sha256 char(64)    not null,
    minute       timestamptz not null,
    tickets      int         not null,
    primary key (token_sha256, minute)
);
