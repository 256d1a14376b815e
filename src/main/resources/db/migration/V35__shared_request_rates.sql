-- Request rates shared by every instance (platform.database.SharedRates): hits per limiter, key (an address) and
-- window. Unlogged: a crash forgets the counters, which costs nothing but a fresh minute, and writes skip the WAL.
create unlogged table request_rate (
    limiter varchar(40)  not null,
    key     varchar(100) not null,
    win     bigint       not null,
    hits    integer      not null,
    primary key (limiter, key, win)
);
