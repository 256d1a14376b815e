-- identity module: staff accounts (office_code refers to organization's agency by its code)
create table staff_account (
    id              bigint generated always as identity primary key,
    username        varchar(50)  not null unique,
    full_name       varchar(120) not null,
    office_code     varchar(35)  not null,
    roles           varchar(20)[] not null check (cardinality(roles) > 0
                        and roles <@ array['RECEPTION', 'SPECIALIST', 'LEADER', 'ADMIN']::varchar(20)[]),
    password_hash   varchar(255) not null,
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now()
);
create index staff_account_office_idx on staff_account (office_code);
