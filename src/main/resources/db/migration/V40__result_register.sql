-- results module: the results register (sổ theo dõi kết quả): every result document a dossier's procedure issued, as
-- the officer recorded it once the result was signed: its kind (one of the procedure version's results), the paper's
-- own number and date, who signed it and as what, the file (the scanned signed paper or the PDF the office made, in
-- the content store by its SHA-256), and how it goes back (on paper, electronically, or both). Numbered in the
-- register per office and year, never twice.
create table result_register_sequence (
    office_code varchar(35) not null,
    year        int         not null,
    last_value  int         not null,
    primary key (office_code, year)
);

create table result_document (
    id              uuid primary key,
    dossier_code    varchar(60)  not null,
    office_code     varchar(35)  not null,
    sequence        int          not null,
    register_year   int          not null,
    register_number int          not null,
    kind            varchar(500) not null,
    document_number varchar(50)  not null,
    signed_on       date         not null,
    signer          varchar(200) not null,
    signer_position varchar(200) not null,
    delivery        varchar(12)  not null check (delivery in ('PAPER', 'ELECTRONIC', 'BOTH')),
    file_name       varchar(255) not null,
    content_type    varchar(40)  not null,
    size_bytes      bigint       not null check (size_bytes > 0),
    sha256          char(64)     not null,
    recorded_by     varchar(50)  not null,
    recorded_at     timestamptz  not null,
    unique (dossier_code, sequence),
    unique (office_code, register_year, register_number)
);
create index result_document_register on result_document (office_code, register_year, register_number);
