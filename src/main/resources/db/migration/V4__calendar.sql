-- calendar module: official days off and make-up days (national), and each office's own calendar.
-- An office without a row in office_calendar inherits its parent's calendar (standard hours at the top).
create table national_day (
    day        date primary key,
    kind       varchar(24)  not null check (kind in ('DAY_OFF', 'MAKE_UP_WORKING_DAY')),
    name       varchar(120) not null,
    note       varchar(500),
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null default 'seed'
);

create table office_calendar (
    office_code varchar(35) primary key,
    convention  varchar(20) not null default 'CIVIL_CODE' check (convention in ('CIVIL_CODE', 'SAME_CLOCK_TIME')),
    version     integer     not null default 0
);

-- weekday 1 = Monday … 7 = Sunday (ISO)
create table office_session (
    office_code varchar(35) not null references office_calendar (office_code) on delete cascade,
    weekday     smallint    not null check (weekday between 1 and 7),
    starts      time        not null,
    ends        time        not null check (ends > starts),
    primary key (office_code, weekday, starts)
);

create table office_extra_session (
    id          bigint generated always as identity primary key,
    office_code varchar(35)  not null references office_calendar (office_code) on delete cascade,
    label       varchar(120) not null,
    weekdays    smallint[]   not null check (cardinality(weekdays) > 0),
    starts      time         not null,
    ends        time         not null check (ends > starts),
    valid_from  date         not null,
    valid_until date check (valid_until is null or valid_until >= valid_from)
);

create table office_day_exception (
    office_code varchar(35)  not null references office_calendar (office_code) on delete cascade,
    day         date         not null,
    kind        varchar(24)  not null check (kind in ('DAY_OFF', 'MAKE_UP_WORKING_DAY', 'CLOSURE')),
    name        varchar(120) not null,
    note        varchar(500),
    primary key (office_code, day)
);
