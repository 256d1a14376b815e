-- dossier module: digitisation (số hóa, Circular 01/2023/TT-VPCP Art. 7): a scan of a received paper is digitised once
-- an officer checked it against the original; it then carries a digitisation result code, who checked it and when.
-- dossier_digitised is the read model of the dossiers whose every paper handed in is digitised, kept when the last
-- one is checked, so the share per office and period is a count.
alter table dossier_scan add column digitised_by varchar(50);
alter table dossier_scan add column digitised_at timestamptz;
alter table dossier_scan add column digitisation_code varchar(70);
create unique index dossier_scan_digitisation_code on dossier_scan (digitisation_code);

create table dossier_digitised (
    dossier_code varchar(60) primary key,
    office_code  varchar(35) not null,
    received_on  date        not null,
    completed_at timestamptz not null
);
create index dossier_digitised_office on dossier_digitised (office_code, received_on);

-- citizen module: a paper of the citizen's store that a desk digitised (checked against the original) carries the
-- digitisation code, and may be reused in a later dossier as digitised data.
alter table citizen_document add column digitisation_code varchar(70);
alter table citizen_document add column digitised_at timestamptz;
