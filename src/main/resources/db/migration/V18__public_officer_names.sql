-- Whether the public lookup may show the names of the officers who handled each step (off unless the office says so).
alter table office_dossier_setting add column public_officer_names boolean not null default false;
