-- organization module: what kind of body an agency is, when its code is valid, and the code that
-- replaced it (codes were reissued after the 2025 mergers); one-stop desks and their counters.
alter table agency
    add column kind           varchar(20) not null default 'UNIT'
        check (kind in ('MINISTRY', 'PROVINCE', 'DEPARTMENT', 'COMMUNE', 'DESK_CENTRE', 'BRANCH', 'UNIT')),
    add column valid_from     date,
    add column valid_to       date,
    add column successor_code varchar(35) references agency (code),
    add constraint agency_validity check (valid_to is null or valid_from is null or valid_to >= valid_from),
    add constraint agency_not_own_successor check (successor_code is distinct from code);

create table one_stop_desk (
    id          bigint generated always as identity primary key,
    agency_code varchar(35)  not null references agency (code),
    name        varchar(200) not null,
    address     varchar(300),
    unique (agency_code, name)
);

create table service_counter (
    id      bigint generated always as identity primary key,
    desk_id bigint       not null references one_stop_desk (id) on delete cascade,
    number  integer      not null check (number between 1 and 999),
    label   varchar(120),
    fields  varchar(200)[] not null default '{}',
    active  boolean      not null default true,
    unique (desk_id, number)
);

-- identity module: the fields a member of staff handles and the counter they sit at (a counter of their
-- office, checked through the organization module's API).
alter table staff_account
    add column fields     varchar(200)[] not null default '{}',
    add column counter_id bigint;
