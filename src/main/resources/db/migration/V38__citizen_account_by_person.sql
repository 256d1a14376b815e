-- citizen module: an account is the person's, found by the personal ID number the provider asserts. The same person
-- may come through another issuer (VNeID, the national portal's SSO) or the provider's address may change: the account
-- keeps the latest issuer and subject instead of refusing the sign-in.
alter table citizen_account drop constraint citizen_account_issuer_subject_key;
create index citizen_account_subject on citizen_account (issuer, subject, last_signed_in_at desc);
