-- signatures module, demo profile: certificates the demo CA revoked, published in its CRL at /demo-ca/crl.
create table demo_revoked_certificate (
    serial     numeric(40)  primary key,
    revoked_at timestamptz  not null,
    reason     varchar(200) not null
);
