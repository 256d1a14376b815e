-- dossier module: an office's own dossier settings, overriding the application's defaults.
create table office_dossier_setting (
    office_code            varchar(35) primary key,
    code_pattern           varchar(100),
    supplement_window_days integer check (supplement_window_days between 1 and 30),
    version                integer     not null default 0,
    updated_by             varchar(50) not null,
    updated_at             timestamptz not null default now()
);
