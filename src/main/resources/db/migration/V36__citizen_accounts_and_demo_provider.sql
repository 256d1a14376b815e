-- citizen module: a citizen's account, created at the first sign-in by OpenID Connect (VNeID, the national portal)
-- from the identity provider's claims; the personal ID number, name and date of birth are never typed.
create table citizen_account (
    id                 uuid primary key,
    issuer             varchar(500) not null,
    subject            varchar(255) not null,
    personal_id_number varchar(12)  not null unique,
    full_name          varchar(200) not null,
    birth_date         date,
    created_at         timestamptz  not null,
    last_signed_in_at  timestamptz  not null,
    unique (issuer, subject)
);

-- The demo's own OpenID Connect provider (Spring Authorization Server, demo profile only): the authorizations it
-- issued (codes, tokens), shared by every instance, in the library's schema for PostgreSQL (blob → text,
-- timestamp → timestamptz, as its schema file says) ...
create table oauth2_authorization (
    id                            varchar(100) primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

-- ... and its signing key, made once by whichever instance starts first, so that every instance signs with it.
create table demo_provider_key (
    key_id      varchar(64) primary key,
    private_key text        not null,
    public_key  text        not null,
    created_at  timestamptz not null
);
