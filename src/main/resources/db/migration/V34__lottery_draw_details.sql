-- A draw is checked by running it again from its seed: that needs the childcare places there
-- were to give as well as the seats (null: the course offers no childcare).
alter table lottery_draw add column childcare_places integer,
    add constraint lottery_draw_childcare_sane check (childcare_places is null or childcare_places >= 0);

-- When the people drawn were told their results (one event each, for their mail); null: not yet.
-- Set in the transaction that publishes the events, so everyone is told exactly once.
alter table lottery_draw add column results_told_at timestamptz;
create index lottery_draw_untold on lottery_draw (id) where results_told_at is null;

-- The job that passes on unconfirmed places looks for offers past their deadline.
create index course_application_offer_deadline on course_application (offer_expires_at) where status = 'OFFERED';
-- The job that draws closed lottery courses.
create index course_lottery_by_close on course (application_closes_at)
    where selection_method = 'LOTTERY' and status = 'PUBLISHED';
