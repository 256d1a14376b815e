-- Year rows of the counters (grain Y, period = 1 January): a period of whole years, and the dossiers open at a
-- day (everything before it), read one row per year instead of twelve (decision 0007).
insert into report_count (grain, dimension, office_code, period, key, received, assisted, finished, early, on_time, late,
    refused, stopped, finished_same_day, returned, returned_same_day)
select 'Y', dimension, office_code, date_trunc('year', period)::date, key, sum(received), sum(assisted), sum(finished),
       sum(early), sum(on_time), sum(late), sum(refused), sum(stopped), sum(finished_same_day), sum(returned),
       sum(returned_same_day)
from report_count where grain = 'M'
group by dimension, office_code, date_trunc('year', period), key;
