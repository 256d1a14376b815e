-- audit module: an append-only trail of every state change
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    office_code varchar(35),
    action      varchar(100) not null,
    subject     varchar(200),
    detail      text
);
create index audit_entry_subject_idx on audit_entry (subject, id);

create function audit_entry_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted';
end;
$$;

create trigger audit_entry_immutable
    before update or delete on audit_entry
    for each row execute function audit_entry_is_immutable();
