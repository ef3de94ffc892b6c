-- Progress management (issue 9): the plan's figures of a finished fiscal year, kept as they were
-- first computed so later edits of courses, reports or bookings do not rewrite history. A staff
-- action replaces them (recompute). node_id 0 is the whole plan (the union of its goals).
create table report_snapshot (
    plan_code    varchar(40)    not null,
    fiscal_year  integer        not null,
    node_id      bigint         not null,
    figure       varchar(40)    not null,
    value        numeric(16, 2),
    taken_at     timestamptz    not null,
    -- The staff member who asked for a recompute; null when taken on the first read after the year.
    taken_by     bigint,
    primary key (plan_code, fiscal_year, node_id, figure),
    constraint report_snapshot_year check (fiscal_year between 1900 and 2200)
);

-- An outcome indicator may take its yearly actuals from one roll-up figure of its node (the report
-- module writes plan_indicator_actual rows); null = typed in by staff, as before.
alter table plan_indicator add column bound_figure varchar(40);

-- The roll-up picks a year's courses by when their last session ended, and consultations by topic.
create index course_by_last_session on course (last_session_ends_at) where status in ('HELD', 'PUBLISHED');
create index consultation_booking_by_topic_start on consultation_booking (topic_id, starts_at) where status = 'HELD';
create index course_proposal_by_node on course_proposal (plan_node_id) where plan_node_id is not null;
