-- The scorecard's period figures read fees by office and acceptance time, and results by office and recording time:
-- indexes for those, so a year's figures do not scan every fee or result.
create index dossier_fee_office_accepted on dossier_fee (office_code, accepted_at);
create index result_document_office_recorded on result_document (office_code, recorded_at);
