-- servicemodel module: each office's service models as dated settings, and the duty rosters that staff them.
create table service_model (
    id            bigint generated always as identity primary key,
    office_code   varchar(35)  not null,
    kind          varchar(30)  not null check (kind in ('EXTENDED_SESSION', 'EARLY_OPENING', 'NO_APPOINTMENT_DAY',
                                                        'ASSISTED_FILLING', 'SATURDAY_RECEPTION', 'QR_SURVEY')),
    public_name   varchar(200) not null,
    valid_from    date         not null,
    valid_until   date check (valid_until is null or valid_until >= valid_from),
    weekdays      smallint[]   not null default '{}',  -- ISO 1 = Monday … 7 = Sunday; empty = every day
    starts        time,
    ends          time check (ends is null or starts is null or ends > starts),
    fields        text[]       not null default '{}',
    procedures    text[]       not null default '{}',
    slip_printed  boolean      not null default true,
    leader_on_duty boolean     not null default false,
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null default now()
);
create index service_model_office on service_model (office_code, valid_from);

-- One row per model day staffed: the leader on duty and the staff or volunteers (names as written).
create table duty_roster (
    model_id    bigint       not null references service_model (id),
    day         date         not null,
    leader      varchar(50),
    staff       text         not null default '',
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null default now(),
    primary key (model_id, day)
);
