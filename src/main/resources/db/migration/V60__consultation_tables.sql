-- Learning consultations (学習相談): topics, counselors with weekly hours and per-date exceptions,
-- Japanese public holidays, bookings that can never overlap for one counselor, outcomes and referrals.

create extension if not exists btree_gist;

-- Time-of-day ranges, so a counselor's weekly hours cannot overlap within a day.
create type time_range as range (subtype = time);

create table consultation_topic (
    id                 bigint generated always as identity primary key,
    version            bigint        not null default 0,
    code               varchar(40)   not null unique,
    name_ja            varchar(100)  not null,
    name_en            varchar(100)  not null,
    description_ja     varchar(1000) not null default '',
    description_en     varchar(1000) not null default '',
    slot_minutes       integer       not null,
    buffer_minutes     integer       not null default 0,
    book_from_days     integer       not null default 1,
    book_until_days    integer       not null default 60,
    cancel_until_hours integer       not null default 24,
    active             boolean       not null default true,
    position           integer       not null default 0,
    constraint consultation_topic_slot_sane check (slot_minutes between 10 and 240),
    constraint consultation_topic_buffer_sane check (buffer_minutes between 0 and 120),
    constraint consultation_topic_window check (book_from_days >= 0 and book_until_days > book_from_days
        and book_until_days <= 366),
    constraint consultation_topic_cutoff check (cancel_until_hours between 0 and 720)
);

create table consultation_topic_channel (
    topic_id bigint      not null references consultation_topic (id) on delete cascade,
    channel  varchar(10) not null,
    primary key (topic_id, channel),
    constraint consultation_topic_channel_known check (channel in ('COUNTER', 'PHONE', 'ONLINE'))
);

create table consultation_topic_plan_node (
    topic_id     bigint not null references consultation_topic (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (topic_id, plan_node_id)
);

create table consultation_topic_plan_scope (
    topic_id     bigint not null references consultation_topic (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (topic_id, plan_node_id)
);
create index consultation_topic_plan_scope_by_node on consultation_topic_plan_scope (plan_node_id);

insert into consultation_topic (code, name_ja, name_en, description_ja, description_en, slot_minutes, buffer_minutes, position) values
    ('learning',  '学習相談',             'Learning advice',
     '何を学びたいか、どこで学べるかを一緒に考えます。', 'We look together at what you want to learn and where.', 30, 10, 10),
    ('introduce', '講師・サークル紹介',   'Finding an instructor or circle',
     '講師や、活動に合うサークル・団体をご紹介します。', 'We introduce instructors and circles that fit what you want to do.', 30, 10, 20),
    ('start-group', '団体立ち上げ相談',   'Starting a group',
     'サークルや団体をつくりたい方の相談に乗ります。', 'Advice for people who want to start a circle or group.', 60, 15, 30),
    ('school',    '学校支援',             'Supporting schools',
     '学校支援ボランティアやゲスト・ティーチャーとして関わりたい方の相談です。', 'For people who want to help schools as volunteers or guest teachers.', 45, 15, 40);

insert into consultation_topic_channel (topic_id, channel)
select t.id, c.channel from consultation_topic t
cross join (values ('COUNTER'), ('PHONE'), ('ONLINE')) as c (channel);

-- A counselor is a COUNSELOR account with the name residents see and the topics they take.
create table counselor (
    id           bigint generated always as identity primary key,
    version      bigint       not null default 0,
    account_id   bigint       not null unique references account (id),
    display_name varchar(100) not null,
    active       boolean      not null default true
);

create table counselor_topic (
    counselor_id bigint not null references counselor (id) on delete cascade,
    topic_id     bigint not null references consultation_topic (id) on delete cascade,
    primary key (counselor_id, topic_id)
);

-- Weekly hours: several ranges a day, evenings and weekends allowed, each with its channel.
create table counselor_hours (
    id           bigint generated always as identity primary key,
    counselor_id bigint       not null references counselor (id) on delete cascade,
    day_of_week  integer      not null,
    starts_at    time         not null,
    ends_at      time         not null,
    channel      varchar(10)  not null,
    venue        varchar(200),
    constraint counselor_hours_day check (day_of_week between 1 and 7),
    constraint counselor_hours_order check (ends_at > starts_at),
    constraint counselor_hours_channel_known check (channel in ('COUNTER', 'PHONE', 'ONLINE')),
    constraint counselor_hours_counter_has_venue check (channel <> 'COUNTER' or venue is not null),
    constraint counselor_hours_no_overlap
        exclude using gist (counselor_id with =, day_of_week with =, time_range(starts_at, ends_at) with &&)
);

-- A date that differs from the week: ABSENT (no hours that day) or HOURS (these hours instead;
-- several rows a day allowed). Public holidays are closed unless such a row gives hours.
create table counselor_exception (
    id           bigint generated always as identity primary key,
    counselor_id bigint       not null references counselor (id) on delete cascade,
    day          date         not null,
    kind         varchar(10)  not null,
    starts_at    time,
    ends_at      time,
    channel      varchar(10),
    venue        varchar(200),
    note         varchar(200),
    constraint counselor_exception_kind_known check (kind in ('ABSENT', 'HOURS')),
    constraint counselor_exception_hours check ((kind = 'ABSENT' and starts_at is null and ends_at is null and channel is null)
        or (kind = 'HOURS' and ends_at > starts_at and channel in ('COUNTER', 'PHONE', 'ONLINE')
            and (channel <> 'COUNTER' or venue is not null)))
);
create index counselor_exception_by_day on counselor_exception (counselor_id, day);

-- Japan's public holidays (国民の祝日・休日), loaded from a data file staff can replace.
create table public_holiday (
    day     date         primary key,
    name_ja varchar(100) not null,
    name_en varchar(100) not null default ''
);

-- A booking holds its counselor from its start to its end plus the topic's buffer. Two bookings
-- that are not cancelled can never hold the same counselor at the same moment: the database
-- refuses the second, whatever the application does.
create table consultation_booking (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    counselor_id     bigint        not null references counselor (id),
    topic_id         bigint        not null references consultation_topic (id),
    account_id       bigint references account (id),
    caller_name      varchar(100),
    caller_phone     varchar(30),
    channel          varchar(10)   not null,
    venue            varchar(200),
    online_link      varchar(500),
    starts_at        timestamptz   not null,
    ends_at          timestamptz   not null,
    held_until       timestamptz   not null,
    status           varchar(10)   not null default 'BOOKED',
    description      varchar(1000) not null,
    booked_by        bigint references account (id),
    cancelled_at     timestamptz,
    cancelled_by     bigint references account (id),
    reminder_sent_at timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint consultation_booking_who check (account_id is not null or caller_name is not null),
    constraint consultation_booking_order check (ends_at > starts_at and held_until >= ends_at),
    constraint consultation_booking_channel_known check (channel in ('COUNTER', 'PHONE', 'ONLINE')),
    constraint consultation_booking_status_known check (status in ('BOOKED', 'CANCELLED', 'HELD', 'NO_SHOW')),
    constraint consultation_booking_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null)),
    constraint consultation_booking_no_double
        exclude using gist (counselor_id with =, tstzrange(starts_at, held_until, '[)') with &&)
        where (status <> 'CANCELLED')
);
create index consultation_booking_by_account on consultation_booking (account_id, status);
create index consultation_booking_by_start on consultation_booking (starts_at);

-- What came of a consultation. The notes are for counselors and staff only; every view is audited.
create table consultation_outcome (
    booking_id  bigint        primary key references consultation_booking (id) on delete cascade,
    version     bigint        not null default 0,
    notes       varchar(5000) not null default '',
    recorded_by bigint        not null references account (id),
    recorded_at timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()
);

-- Where the resident was referred: a course, a circle or a volunteer request (the resident sees these).
create table consultation_referral (
    id         bigint generated always as identity primary key,
    booking_id bigint       not null references consultation_booking (id) on delete cascade,
    kind       varchar(20)  not null,
    target_id  bigint       not null,
    title      varchar(200) not null,
    created_at timestamptz  not null default now(),
    constraint consultation_referral_kind_known check (kind in ('COURSE', 'CIRCLE', 'VOLUNTEER_REQUEST')),
    constraint consultation_referral_once unique (booking_id, kind, target_id)
);
