-- queue module: the dossiers received for a ticket (a citizen may lodge several in one visit; a dossier belongs to one
-- ticket), and each office's board version, raised in the transaction of every change the display boards show, whose
-- notification (channel motcua_queue) makes every instance push the board again.
create table queue_ticket_dossier (
    dossier_code varchar(60) primary key,
    ticket_id    uuid        not null references queue_ticket (id),
    linked_at    timestamptz not null,
    linked_by    varchar(50) not null
);
create index queue_ticket_dossier_ticket on queue_ticket_dossier (ticket_id);

create table queue_board (
    office_code varchar(35) primary key,
    version     bigint      not null
);
