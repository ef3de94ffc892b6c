-- Courses (講座): categories, venues, courses with their sessions and audiences.

create table course_category (
    code     varchar(40)  primary key,
    name_ja  varchar(100) not null,
    name_en  varchar(100) not null,
    position integer      not null default 0
);

create table venue (
    id                 bigint generated always as identity primary key,
    version            bigint       not null default 0,
    name               varchar(200) not null,
    name_en            varchar(200),
    room               varchar(100),
    address            varchar(300) not null,
    access             varchar(1000),
    barrier_free_notes varchar(1000),
    area_code          varchar(40)  not null,
    created_at         timestamptz  not null default now(),
    constraint venue_name_room_unique unique (name, room)
);

create table course (
    id                      bigint generated always as identity primary key,
    version                 bigint        not null default 0,
    title                   varchar(200)  not null,
    title_en                varchar(200),
    summary                 varchar(500)  not null,
    summary_en              varchar(500),
    description             varchar(10000) not null default '',
    category_code           varchar(40)   not null references course_category (code),
    organizer_type          varchar(20)   not null,
    organizer_name          varchar(200)  not null,
    venue_id                bigint references venue (id),
    online                  boolean       not null default false,
    capacity                integer       not null,
    fee_yen                 integer       not null default 0,
    application_opens_at    timestamptz   not null,
    application_closes_at   timestamptz   not null,
    first_session_starts_at timestamptz,
    last_session_ends_at    timestamptz,
    selection_method        varchar(20)   not null,
    eligibility             varchar(30)   not null,
    min_age                 integer,
    max_age                 integer,
    childcare_offered       boolean       not null default false,
    childcare_capacity      integer,
    childcare_min_age       integer,
    childcare_max_age       integer,
    easy_japanese           boolean       not null default false,
    english_support         boolean       not null default false,
    status                  varchar(20)   not null default 'DRAFT',
    cancel_reason           varchar(1000),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    constraint course_capacity_positive check (capacity > 0),
    constraint course_fee_not_negative check (fee_yen >= 0),
    constraint course_window_in_order check (application_closes_at > application_opens_at),
    constraint course_window_closes_before_start
        check (first_session_starts_at is null or application_closes_at <= first_session_starts_at),
    constraint course_has_a_place check (venue_id is not null or online),
    constraint course_organizer_type_known check (organizer_type in ('DEPARTMENT', 'PARTNER', 'RESIDENTS')),
    constraint course_selection_known check (selection_method in ('FIRST_COME', 'LOTTERY')),
    constraint course_eligibility_known check (eligibility in ('RESIDENTS', 'RESIDENTS_WORKERS_STUDENTS', 'ANYONE')),
    constraint course_status_known check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'HELD')),
    constraint course_ages_in_order check (min_age is null or max_age is null or min_age <= max_age),
    constraint course_ages_sane check ((min_age is null or min_age between 0 and 120) and (max_age is null or max_age between 0 and 120)),
    constraint course_childcare_complete check (not childcare_offered
        or (childcare_capacity > 0 and childcare_min_age is not null and childcare_max_age is not null
            and childcare_min_age <= childcare_max_age)),
    constraint course_cancel_reason_when_cancelled check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index course_by_status_start on course (status, first_session_starts_at);
create index course_by_category on course (category_code);
create index course_by_venue on course (venue_id);

create table course_audience (
    course_id bigint      not null references course (id) on delete cascade,
    audience  varchar(30) not null,
    primary key (course_id, audience),
    constraint course_audience_known check (audience in
        ('CHILDREN', 'PARENT_CHILD', 'YOUTH', 'WORKERS', 'SENIORS', 'FOREIGN_RESIDENTS', 'DISABILITIES', 'EVERYONE'))
);

create table course_session (
    id           bigint generated always as identity primary key,
    course_id    bigint  not null references course (id) on delete cascade,
    position     integer not null,
    session_date date    not null,
    starts_at    time    not null,
    ends_at      time    not null,
    constraint course_session_ends_after_start check (ends_at > starts_at),
    constraint course_session_position_unique unique (course_id, position)
);
create index course_session_by_date on course_session (session_date);
