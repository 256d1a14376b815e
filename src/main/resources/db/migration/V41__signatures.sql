-- signatures module: the demo's signing keys (demo profile only: a demo certificate authority and one certificate per
-- demo office, as PKCS#12, made once by whichever instance needs them first), and every PDF MotCua signed, by the
-- SHA-256 of the signed file, so that the verify page can say which dossier a file belongs to.
create table demo_signing_key (
    name       varchar(40) primary key,
    pkcs12     bytea       not null,
    created_at timestamptz not null
);

create table signed_document (
    sha256       char(64) primary key,
    office_code  varchar(35)  not null,
    dossier_code varchar(80),
    kind         varchar(100) not null,
    signer       varchar(300) not null,
    signed_at    timestamptz  not null
);
create index signed_document_dossier on signed_document (dossier_code);
