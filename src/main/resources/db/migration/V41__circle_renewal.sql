-- A leader renewed the registration for the next fiscal year; staff check renewals afterwards,
-- as they check edits (changed_at). Cleared when staff have looked.
alter table circle add column renewed_at timestamptz;
create index circle_renewed on circle (renewed_at) where renewed_at is not null;
create index circle_changed on circle (changed_at) where changed_at is not null;
