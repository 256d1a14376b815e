-- Late dossiers per handling officer (period reports) are counted from these indexes alone: the office and the
-- officer ride along with the finishing instant, so five years of a province's late dossiers read no table rows.
drop index report_dossier_late_any;
create index report_dossier_late_any on report_dossier (closed_at) include (office_code, handled_by)
    where timeliness = 'LATE';
drop index report_dossier_late;
create index report_dossier_late on report_dossier (office_code, closed_at) include (handled_by)
    where timeliness = 'LATE';
