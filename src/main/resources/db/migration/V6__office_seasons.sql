-- Seasonal hours (summer / winter): every year between two month-days, both included; a range may wrap
-- the new year. Each season has its own sessions per weekday, which replace the office's usual hours.
create table office_season (
    id          bigint generated always as identity primary key,
    office_code varchar(35)  not null references office_calendar (office_code) on delete cascade,
    name        varchar(120) not null,
    from_month  smallint     not null check (from_month between 1 and 12),
    from_day    smallint     not null check (from_day between 1 and 31),
    to_month    smallint     not null check (to_month between 1 and 12),
    to_day      smallint     not null check (to_day between 1 and 31)
);

create table office_season_session (
    season_id bigint   not null references office_season (id) on delete cascade,
    weekday   smallint not null check (weekday between 1 and 7),
    starts    time     not null,
    ends      time     not null check (ends > starts),
    primary key (season_id, weekday, starts)
);
