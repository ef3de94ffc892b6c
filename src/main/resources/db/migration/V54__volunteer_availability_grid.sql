-- Matching reads every candidate's weekly availability: aggregating volunteer_availability for
-- twenty thousand volunteers on each request took most of the matching time. Each profile now
-- keeps its grid as a bit mask too (bit (weekday - 1) * 3 + band: MORNING 0, AFTERNOON 1,
-- EVENING 2), written by the application whenever it writes the rows.
alter table volunteer_profile add column availability_grid integer not null default 0;

update volunteer_profile p set availability_grid = coalesce((
    select bit_or(1 << ((a.day_of_week - 1) * 3
                  + case a.time_band when 'MORNING' then 0 when 'AFTERNOON' then 1 else 2 end))
    from volunteer_availability a where a.profile_id = p.id), 0);

alter table volunteer_profile add constraint volunteer_profile_grid_bits
    check (availability_grid >= 0 and availability_grid < (1 << 21));

-- Dates away are looked up by the request's shift dates.
create index volunteer_unavailable_date_by_day on volunteer_unavailable_date (day);
