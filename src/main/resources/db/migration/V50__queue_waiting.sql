-- queue module: waiting measured (issue 22, item 5). A ticket's first call (a recall moves called_at, not the wait);
-- tickets of the demo history are marked so; the period's tickets of an office are read by the day they were taken.
alter table queue_ticket add column first_called_at timestamptz;
update queue_ticket set first_called_at = called_at where called_at is not null;
alter table queue_ticket drop constraint queue_ticket_source_check;
alter table queue_ticket alter column source type varchar(7);
alter table queue_ticket add constraint queue_ticket_source_check check (source in ('KIOSK', 'DESK', 'HISTORY'));
create index queue_ticket_office_day on queue_ticket (office_code, day);
