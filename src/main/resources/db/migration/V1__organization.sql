-- organization module: agencies as a tree of any depth
create table agency (
    id          bigint generated always as identity primary key,
    code        varchar(35)  not null unique,
    name        varchar(255) not null,
    parent_code varchar(35) references agency (code),
    created_at  timestamptz  not null default now(),
    constraint agency_not_own_parent check (parent_code is distinct from code)
);
create index agency_parent_idx on agency (parent_code);
