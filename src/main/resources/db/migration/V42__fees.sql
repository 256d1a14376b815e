-- fees module: the fee (phí, lệ phí) each dossier owes, from the procedure version it was received under, with the
-- exemption or reduction the officer chose and why; what was paid (at the counter in cash, or online through the
-- payment gateway), each payment with its electronic receipt (biên lai, numbered per office and year, never twice),
-- what was refunded when the dossier was refused or stopped; the cash book each officer's day closes into; and every
-- notification the gateway sent, kept as it came. Amounts are whole đồng (bigint), never floating point.
create table dossier_fee (
    dossier_code      varchar(60)  primary key,
    office_code       varchar(35)  not null,
    procedure_code    varchar(20)  not null,
    procedure_version date         not null,
    applicant_name    varchar(200) not null,
    applicant_id      varchar(12),
    channel           varchar(10)  not null,
    fee_name          varchar(200) not null,
    unit_amount       bigint check (unit_amount between 0 and 1000000000),
    quantity          int          not null check (quantity between 1 and 1000),
    basis             varchar(500),
    reduction_group   varchar(200),
    reduction_percent int check (reduction_percent between 1 and 100),
    reduction_reason  varchar(500),
    due_amount        bigint check (due_amount between 0 and 1000000000),
    status            varchar(12)  not null check (status in ('TO_ASSESS', 'DUE', 'NOTHING_DUE', 'PAID', 'REFUND_DUE',
                                                              'REFUNDED', 'CANCELLED')),
    paid_amount       bigint       not null default 0 check (paid_amount >= 0),
    refunded_amount   bigint       not null default 0 check (refunded_amount >= 0 and refunded_amount <= paid_amount),
    accepted_at       timestamptz  not null,
    assessed_by       varchar(50),
    assessed_at       timestamptz,
    version           bigint       not null default 0
);
create index dossier_fee_office on dossier_fee (office_code, status);

create table fee_receipt_sequence (
    office_code varchar(35) not null,
    year        int         not null,
    last_value  int         not null check (last_value between 1 and 99999999),
    primary key (office_code, year)
);

create table fee_receipt (
    id            uuid         primary key,
    office_code   varchar(35)  not null,
    year          int          not null,
    number        int          not null check (number between 1 and 99999999),
    form_symbol   varchar(6)   not null,
    series        varchar(6)   not null,
    dossier_code  varchar(60)  not null references dossier_fee (dossier_code),
    payer_name    varchar(200) not null,
    fee_name      varchar(200) not null,
    amount        bigint       not null check (amount > 0),
    method        varchar(6)   not null check (method in ('CASH', 'ONLINE')),
    collected_by  varchar(50)  not null,
    collected_at  timestamptz  not null,
    collected_on  date         not null,
    txn_ref       varchar(40),
    sha256        char(64)     not null,
    unique (office_code, year, number),
    unique (dossier_code)
);
create index fee_receipt_day on fee_receipt (office_code, collected_on, collected_by);

create table fee_refund (
    id           uuid         primary key,
    dossier_code varchar(60)  not null unique references dossier_fee (dossier_code),
    office_code  varchar(35)  not null,
    amount       bigint       not null check (amount > 0),
    method       varchar(6)   not null check (method in ('CASH', 'ONLINE')),
    reason       varchar(500) not null,
    gateway_ref  varchar(40),
    refunded_by  varchar(50)  not null,
    refunded_at  timestamptz  not null,
    refunded_on  date         not null
);
create index fee_refund_day on fee_refund (office_code, refunded_on, refunded_by);

-- Online payments through the gateway: one row per payment started; the reference is unique (the gateway wants it
-- unique within the day). PAID only from a notification whose signature, reference and amount were checked.
create table online_payment (
    txn_ref            varchar(40)  primary key,
    dossier_code       varchar(60)  not null references dossier_fee (dossier_code),
    office_code        varchar(35)  not null,
    amount             bigint       not null check (amount > 0),
    status             varchar(8)   not null check (status in ('PENDING', 'PAID', 'FAILED')),
    created_at         timestamptz  not null,
    expires_at         timestamptz  not null,
    gateway_no         varchar(40),
    bank_code          varchar(20),
    response_code      varchar(4),
    pay_date           varchar(14),
    completed_at       timestamptz
);
create index online_payment_dossier on online_payment (dossier_code);
create index online_payment_day on online_payment (office_code, created_at);

create table payment_notification (
    id          bigserial    primary key,
    received_at timestamptz  not null,
    source      varchar(64),
    txn_ref     varchar(40),
    query       varchar(4000) not null,
    verdict     varchar(2)   not null,
    note        varchar(200)
);
create index payment_notification_ref on payment_notification (txn_ref);
create index payment_notification_time on payment_notification (received_at);

-- An officer's cash book of a day, closed by a leader: nothing more is collected or refunded in cash on it after.
create table cash_book_close (
    office_code varchar(35) not null,
    officer     varchar(50) not null,
    day         date        not null,
    collected   bigint      not null,
    refunded    bigint      not null,
    receipts    int         not null,
    closed_by   varchar(50) not null,
    closed_at   timestamptz not null,
    primary key (office_code, officer, day)
);

-- The demo payment gateway's own books (demo profile only; a real gateway keeps these on its side).
create table demo_gateway_transaction (
    transaction_no bigserial   primary key,
    tmn_code       varchar(20) not null,
    txn_ref        varchar(40) not null,
    amount         bigint      not null,
    bank_code      varchar(20) not null,
    status         varchar(2)  not null,
    pay_date       varchar(14) not null,
    refunded       bigint      not null default 0,
    unique (tmn_code, txn_ref)
);
