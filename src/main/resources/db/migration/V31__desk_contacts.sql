-- organization module: how citizens reach a one-stop desk, shown on the office's public page (issue 17, item 5).
alter table one_stop_desk add column phone varchar(20), add column hotline varchar(20);
