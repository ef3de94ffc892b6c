-- Issue 10, personal data. The audit log already has who (actor_account_id, actor_name), when (at),
-- from where (remote_address), what (action, detail) and which record (subject_type, subject_id):
-- V32 created them all, so this migration adds nothing to audit_entry. Its trigger blocks UPDATE
-- only; rows are deleted by the retention job alone (PrivacyRetentionJob, portal.audit.retention).

-- A record that an account was deleted (開示・削除請求): kept after the personal fields are gone.
create table account_deletion (
    account_id bigint      primary key references account (id),
    deleted_at timestamptz not null,
    deleted_by bigint references account (id),
    by_self    boolean     not null
);

-- Course applications taken at the counter carry the person's name and phone. The retention job
-- erases them once the course is long over, so the "has someone" rule must allow an erased row.
alter table course_application add column personal_data_erased_at timestamptz;
alter table course_application drop constraint course_application_has_someone;
alter table course_application add constraint course_application_has_someone
    check (account_id is not null or personal_data_erased_at is not null
        or (applicant_name is not null and applicant_phone is not null));

-- Bookings staff took by phone for someone without an account: the same for the caller's name.
alter table consultation_booking add column personal_data_erased_at timestamptz;
alter table consultation_booking drop constraint consultation_booking_who;
alter table consultation_booking add constraint consultation_booking_who
    check (account_id is not null or caller_name is not null or personal_data_erased_at is not null);
