-- Applications for courses (申込み). One per person per course; first-come places are taken
-- under a row lock on the course, so a course is never oversold.
create table course_application (
    id              bigint generated always as identity primary key,
    version         bigint      not null default 0,
    course_id       bigint      not null references course (id),
    account_id      bigint      not null references account (id),
    status          varchar(20) not null,
    applied_at      timestamptz not null default now(),
    decided_at      timestamptz,
    cancelled_at    timestamptz,
    cancel_reason   varchar(1000),
    constraint course_application_status_known
        check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    constraint course_application_one_per_person unique (course_id, account_id)
);
create index course_application_by_course_status on course_application (course_id, status, id);
create index course_application_by_account on course_application (account_id);
