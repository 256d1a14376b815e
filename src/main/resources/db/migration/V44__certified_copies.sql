-- results module: electronic copies certified from the original (bản sao điện tử, Decree 45/2020 Art. 10), made by the
-- desk from a digitised scan, signed with the office's seal, the file in the content store by its SHA-256.
create table certified_copy (
    id           uuid         primary key,
    dossier_code varchar(60)  not null,
    office_code  varchar(35)  not null,
    scan_id      uuid         not null,
    paper        varchar(500) not null,
    sha256       char(64)     not null,
    size_bytes   bigint       not null,
    made_by      varchar(50)  not null,
    made_at      timestamptz  not null
);
create index certified_copy_dossier on certified_copy (dossier_code, made_at);

-- citizen module: a certified copy reaches the applicant's store like an issued result.
alter table citizen_document drop constraint citizen_document_origin_check;
alter table citizen_document add constraint citizen_document_origin_check
    check (origin in ('UPLOADED', 'ISSUED_RESULT', 'COUNTER_SCAN', 'CERTIFIED_COPY'));
