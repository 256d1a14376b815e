-- reporting: a parent agency reads its own counters, which hold its whole subtree (the projector now adds every
-- event to the office and to each agency above it); the counters written so far are rolled up once here.
with recursive up (office, ancestor) as (
    select code, parent_code from agency where parent_code is not null
    union all
    select up.office, a.parent_code from up join agency a on a.code = up.ancestor where a.parent_code is not null
)
insert into report_count (grain, dimension, office_code, period, key, received, assisted, finished, early, on_time, late,
    refused, stopped, finished_same_day, returned, returned_same_day)
select r.grain, r.dimension, up.ancestor, r.period, r.key, sum(r.received), sum(r.assisted), sum(r.finished), sum(r.early),
       sum(r.on_time), sum(r.late), sum(r.refused), sum(r.stopped), sum(r.finished_same_day), sum(r.returned),
       sum(r.returned_same_day)
from report_count r join up on up.office = r.office_code
group by r.grain, r.dimension, up.ancestor, r.period, r.key
on conflict (grain, dimension, office_code, period, key) do update set
    received = report_count.received + excluded.received, assisted = report_count.assisted + excluded.assisted,
    finished = report_count.finished + excluded.finished, early = report_count.early + excluded.early,
    on_time = report_count.on_time + excluded.on_time, late = report_count.late + excluded.late,
    refused = report_count.refused + excluded.refused, stopped = report_count.stopped + excluded.stopped,
    finished_same_day = report_count.finished_same_day + excluded.finished_same_day,
    returned = report_count.returned + excluded.returned, returned_same_day = report_count.returned_same_day + excluded.returned_same_day;

-- The facts of a parent agency's many offices are read by time first, the office checked on the rows found.
create index report_dossier_received_any on report_dossier (received_at);
create index report_dossier_closed_any on report_dossier (closed_at);
create index report_dossier_late_any on report_dossier (closed_at) where timeliness = 'LATE';
create index report_dossier_open_now_any on report_dossier (due_at) where closed_at is null;
create index report_dossier_open_at_any on report_dossier using gist (tsrange(received_at, closed_at));
create index report_dossier_overdue_at_any on report_dossier using gist (report_overdue_span(due_at, closed_at));
