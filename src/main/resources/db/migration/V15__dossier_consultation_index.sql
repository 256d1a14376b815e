-- Consulted agencies find the dossiers waiting for their answer: data->'consultations' @> '[{"agencyCode": ..., "answeredAt": null}]'.
create index dossier_consultations on dossier using gin ((data -> 'consultations') jsonb_path_ops);
