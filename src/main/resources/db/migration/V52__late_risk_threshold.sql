-- dossier module: an office's own late-risk threshold (issue 23, item 2): the chance from which its dossiers are flagged,
-- in percent; null for the application's default (50).
alter table office_dossier_setting add column late_risk_percent int check (late_risk_percent between 20 and 90);
