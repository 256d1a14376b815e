-- The service models that applied to a finished dossier, so that satisfaction can be read per model.
alter table dossier_score add column models bigint[] not null default '{}';
create index dossier_score_models on dossier_score using gin (models);
