-- An extra session may be working time of the desk alone (a Saturday morning when the departments do not
-- work): dossiers are received in it but due dates do not count it.
alter table office_extra_session
    add column counts_for varchar(30) not null default 'RECEPTION_AND_PROCESSING'
        check (counts_for in ('RECEPTION_AND_PROCESSING', 'RECEPTION_ONLY'));
