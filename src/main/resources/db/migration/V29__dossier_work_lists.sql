-- dossier module: what the work lists search by (issue 17, item 1). Both columns are generated from the
-- dossier's JSON, so every writer (the API, COPY of the demo history, a bulk load) keeps them right.
-- dossier_search_words folds a name as platform.domain.SearchText does: đ → d, diacritics dropped, lower case
-- ("Nguyễn Thị Đào" → "nguyen thi dao"); it works on text typed in either Unicode form.
create function dossier_search_words(name text) returns text language sql immutable parallel safe as $$
    select lower(regexp_replace(normalize(translate(coalesce(name, ''), 'đĐ', 'dD'), NFD), '[\u0300-\u036f]', '', 'g'))
$$;

-- A phone as it is searched: digits only, +84 written as the leading 0.
create function dossier_phone_key(phone text) returns text language sql immutable parallel safe as $$
    select nullif(regexp_replace(regexp_replace(phone, '^\+84', '0'), '\D', '', 'g'), '')
$$;

-- The applicant's and any representative's names, as words without diacritics.
alter table dossier add column person_words tsvector generated always as (to_tsvector('simple',
        dossier_search_words(data -> 'intake' -> 'applicant' ->> 'name') || ' '
        || dossier_search_words(data -> 'intake' -> 'representative' ->> 'name'))) stored;

-- The numbers a citizen is found by: personal ID numbers of the applicant and representative, the
-- organisation's registration or tax number, the phone.
alter table dossier add column person_keys text[] generated always as (array_remove(array[
        data -> 'intake' -> 'applicant' -> 'idNumber' ->> 'value',
        data -> 'intake' -> 'representative' -> 'idNumber' ->> 'value',
        data -> 'intake' -> 'applicant' ->> 'organisationNumber',
        dossier_phone_key(data -> 'intake' -> 'applicant' ->> 'phone')], null)) stored;

create index dossier_person_words on dossier using gin (person_words);
create index dossier_person_keys on dossier using gin (person_keys);
-- Dossiers decided at an office that did not receive them are a small share: partial indexes keep their branch of
-- the work lists from walking every dossier an office both received and decides.
drop index dossier_competent_queue;
create index dossier_decided_elsewhere_queue on dossier (competent_office, status, promised_at)
    where competent_office <> office_code;
create index dossier_decided_elsewhere_received on dossier (competent_office, received_at)
    where competent_office <> office_code;
