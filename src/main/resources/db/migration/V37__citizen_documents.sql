-- citizen module: the citizen's document store ("Kho giấy tờ"): every paper a citizen uploaded, or that was issued to
-- them or scanned for them at a counter, with its kind, date and origin. The bytes are in the content store (files
-- named by their SHA-256), not in these rows. A citizen deletes their own uploads (the row is kept, marked deleted,
-- for the audit trail); issued results are not deletable.
create table citizen_document (
    id           uuid primary key,
    account_id   uuid         not null references citizen_account (id),
    sha256       char(64)     not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    content_type varchar(40)  not null,
    file_name    varchar(255) not null,
    kind         varchar(500) not null,
    origin       varchar(20)  not null check (origin in ('UPLOADED', 'ISSUED_RESULT', 'COUNTER_SCAN')),
    added_at     timestamptz  not null,
    deleted_at   timestamptz
);
create index citizen_document_kept on citizen_document (account_id, added_at desc) where deleted_at is null;
