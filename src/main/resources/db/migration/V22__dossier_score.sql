-- reporting module: the Circular 01/2018 indices a finished dossier earns from the system's own data, kept by the
-- projector that follows the dossier journal (the citizen's answers and verified complaints are added when read).
create table dossier_score (
    dossier_code   varchar(60) primary key,
    office_code    varchar(35) not null,
    received_by    varchar(50) not null,
    procedure_code varchar(20) not null,
    online         boolean     not null,
    consulted      boolean     not null,
    finished_day   date        not null,
    timeliness     varchar(10) not null,
    index1         smallint    not null,
    index2         smallint    not null,
    index3         smallint    not null
);
create index dossier_score_office on dossier_score (office_code, finished_day);
