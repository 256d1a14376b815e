-- queue module: booked slots (issue 22, item 4). Each office's booking rules from a day on; bookings with their code,
-- slot, name and phone, and the ticket a booking became at the kiosk; each slot's count of bookings, raised only while
-- below the office's capacity (never overbooked, on any instance). A ticket from a booking has priority BOOKED from its
-- booked time on.
create table queue_booking_setting (
    office_code       varchar(35) not null,
    valid_from        date        not null,
    slot_minutes      int         not null check (slot_minutes between 10 and 120),
    per_slot          int         not null check (per_slot between 1 and 100),
    days_ahead        int         not null check (days_ahead between 0 and 60),
    per_phone_per_day int         not null check (per_phone_per_day between 1 and 5),
    set_by            varchar(50) not null,
    set_at            timestamptz not null,
    primary key (office_code, valid_from)
);

create table queue_booking (
    id             uuid         primary key,
    code           varchar(10)  not null unique,
    office_code    varchar(35)  not null,
    procedure_code varchar(30)  not null,
    procedure_name varchar(500) not null,
    field          varchar(200) not null,
    day            date         not null,
    starts         time         not null,
    ends           time         not null,
    session_label  varchar(100),
    name           varchar(100) not null,
    phone          varchar(10)  not null,
    status         varchar(10)  not null check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN')),
    booked_at      timestamptz  not null,
    changed_at     timestamptz,
    ticket_id      uuid references queue_ticket (id),
    reminded_at    timestamptz
);
create index queue_booking_day on queue_booking (office_code, day, status);
create index queue_booking_phone on queue_booking (phone, day);
create index queue_booking_reminder on queue_booking (day) where status = 'BOOKED' and reminded_at is null;

create table queue_booking_slot (
    office_code varchar(35) not null,
    day         date        not null,
    starts      time        not null,
    booked      int         not null check (booked >= 0),
    primary key (office_code, day, starts)
);

alter table queue_ticket drop constraint queue_ticket_priority_check;
alter table queue_ticket add constraint queue_ticket_priority_check
    check (priority in ('ELDERLY', 'DISABILITY', 'PREGNANT', 'SMALL_CHILD', 'BOOKED'));
alter table queue_ticket add column booked_for timestamptz;
