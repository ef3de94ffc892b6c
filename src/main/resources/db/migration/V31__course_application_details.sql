-- Everything an application carries beyond "who, which course, which status": the course's own
-- questions and their answers, childcare, needs, applications staff take at the counter for
-- people without an account, the lottery, the history of every status change, attendance and
-- the satisfaction survey.

alter table course
    -- Residents may cancel until then; null: until the first session starts.
    add column cancellation_deadline   timestamptz,
    -- No promotion from the waiting list after then; null: until the first session starts.
    add column promotion_cutoff        timestamptz,
    -- Lottery priority tiers: residents before workers/students before others, and people who
    -- have not attended a course in the last N months before those who have.
    add column lottery_residents_first boolean not null default false,
    add column lottery_first_timer_months integer,
    -- Winners confirm by then or their place passes on; null: a win is a place at once.
    add column lottery_confirm_by      timestamptz,
    -- When the reminder two days before the first session went out (once per course).
    add column reminder_sent_at        timestamptz,
    add constraint course_first_timer_months_sane
        check (lottery_first_timer_months is null or lottery_first_timer_months between 1 and 120);

create table course_question (
    id        bigint generated always as identity primary key,
    course_id bigint       not null references course (id) on delete cascade,
    position  integer      not null,
    kind      varchar(20)  not null,
    label     varchar(300) not null,
    label_en  varchar(300),
    required  boolean      not null default false,
    -- CHOICE: one choice a line.
    choices   varchar(2000),
    -- NUMBER: the allowed range.
    min_value integer,
    max_value integer,
    constraint course_question_kind_known check (kind in ('TEXT', 'CHOICE', 'NUMBER', 'YES_NO')),
    constraint course_question_position_unique unique (course_id, position),
    constraint course_question_choices_for_choice check (kind <> 'CHOICE' or choices is not null),
    constraint course_question_range_in_order check (min_value is null or max_value is null or min_value <= max_value)
);

alter table course_application drop constraint course_application_status_known;
alter table course_application
    alter column account_id drop not null,
    -- Taken by staff for someone who phoned or came to the counter; claimed later by an account
    -- with the same email or phone.
    add column applicant_name      varchar(100),
    add column applicant_furigana  varchar(100),
    add column applicant_phone     varchar(30),
    add column applicant_email     varchar(254),
    add column applicant_area_code varchar(40),
    add column entered_by          bigint references account (id),
    -- One element per child to be looked after, the child's age in years.
    add column childcare_ages      integer[]    not null default '{}',
    add column needs               varchar(1000),
    add column note                varchar(2000),
    -- The lottery: the tier the person was drawn in, the drawn rank (1 = first), and whether they won.
    add column lottery_tier        integer,
    add column lottery_rank        integer,
    add column lottery_won         boolean,
    -- A winner who must confirm by then (OFFERED).
    add column offer_expires_at    timestamptz,
    add column cancelled_by        bigint references account (id),
    add constraint course_application_status_known
        check (status in ('ENTERED', 'OFFERED', 'CONFIRMED', 'WAITING', 'CANCELLED')),
    add constraint course_application_has_someone
        check (account_id is not null or (applicant_name is not null and applicant_phone is not null)),
    add constraint course_application_children_sane
        check (cardinality(childcare_ages) <= 5 and 0 <= all (childcare_ages) and 18 >= all (childcare_ages)),
    add constraint course_application_offer_has_deadline
        check (status <> 'OFFERED' or offer_expires_at is not null);
create index course_application_unclaimed_email on course_application (lower(applicant_email)) where account_id is null;
create index course_application_unclaimed_phone on course_application (applicant_phone) where account_id is null;
create index course_application_by_month on course_application (account_id, applied_at);

create table course_application_answer (
    application_id bigint        not null references course_application (id) on delete cascade,
    question_id    bigint        not null references course_question (id),
    answer         varchar(2000) not null,
    primary key (application_id, question_id)
);

-- Who changed an application, when and why: residents, staff and the scheduled jobs (changed_by null).
create table course_application_change (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references course_application (id) on delete cascade,
    from_status    varchar(20),
    to_status      varchar(20) not null,
    reason         varchar(1000),
    changed_by     bigint references account (id),
    changed_at     timestamptz not null default now()
);
create index course_application_change_by_application on course_application_change (application_id, id);

-- One draw per course, with everything needed to check it: the seed, the tier rules, the counts.
create table lottery_draw (
    id          bigint generated always as identity primary key,
    course_id   bigint       not null references course (id),
    seed        char(32)     not null,
    tier_rules  varchar(500) not null,
    places      integer      not null,
    entries     integer      not null,
    winners     integer      not null,
    drawn_at    timestamptz  not null default now(),
    -- null: drawn by the scheduled job.
    drawn_by    bigint references account (id),
    constraint lottery_draw_once_per_course unique (course_id),
    constraint lottery_draw_counts_sane check (places >= 0 and entries >= 0 and winners between 0 and entries)
);

create table course_attendance (
    application_id bigint      not null references course_application (id) on delete cascade,
    session_id     bigint      not null references course_session (id) on delete cascade,
    present        boolean     not null,
    marked_by      bigint      not null references account (id),
    marked_at      timestamptz not null default now(),
    primary key (application_id, session_id)
);
create index course_attendance_by_session on course_attendance (session_id);

create table course_survey_response (
    application_id bigint        primary key references course_application (id) on delete cascade,
    course_id      bigint        not null references course (id),
    satisfaction   smallint      not null,
    good_points    varchar(2000),
    improvements   varchar(2000),
    wanted_next    varchar(2000),
    answered_at    timestamptz   not null default now(),
    constraint course_survey_satisfaction_range check (satisfaction between 1 and 5)
);
create index course_survey_by_course on course_survey_response (course_id);
