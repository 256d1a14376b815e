-- portal module: feedback and recommendations (phản ánh, kiến nghị) from the public, each handled by a deadline.
create table feedback (
    id            bigint generated always as identity primary key,
    code          varchar(20)   not null unique,
    office_code   varchar(35)   not null,
    kind          varchar(20)   not null check (kind in ('FEEDBACK', 'RECOMMENDATION')),
    subject       varchar(200)  not null,
    content       text          not null,
    dossier_code  varchar(60),
    contact_name  varchar(120),
    contact_phone varchar(20),
    contact_email varchar(200),
    received_at   timestamp     not null,
    due_at        timestamp     not null,
    status        varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
    answer        text,
    answered_at   timestamp,
    answered_by   varchar(50),
    verified      boolean       not null default false,
    address_hash  varchar(64)   not null,
    version       integer       not null default 0
);
create index feedback_office on feedback (office_code, status, due_at);
