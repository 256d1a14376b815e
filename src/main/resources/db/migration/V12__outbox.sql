-- notification module: the transactional outbox of messages to citizens.
create table outbox_message (
    id              bigint generated always as identity primary key,
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    recipient       varchar(200) not null,
    subject         varchar(300),
    body            text         not null,
    topic           varchar(100) not null default '',
    created_at      timestamptz  not null default now(),
    next_attempt_at timestamptz  not null default now(),
    attempts        integer      not null default 0,
    sent_at         timestamptz,
    last_error      text
);
create index outbox_message_pending on outbox_message (next_attempt_at) where sent_at is null;
