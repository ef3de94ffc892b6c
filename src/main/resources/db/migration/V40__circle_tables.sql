-- Learning circles and groups (サークル・団体): the circle and its people, its regular schedule,
-- activities and public events with sign-ups, activity reports, join requests with their message
-- threads, and images (re-encoded on upload, so no metadata and no other content survives).

create table circle_category (
    code     varchar(40)  primary key,
    name_ja  varchar(100) not null,
    name_en  varchar(100) not null,
    position integer      not null default 0
);

insert into circle_category (code, name_ja, name_en, position) values
    ('culture',   '文化・芸術',         'Arts and culture',        10),
    ('music',     '音楽',               'Music',                   20),
    ('language',  '語学・国際交流',     'Languages and exchange',  30),
    ('sports',    'スポーツ・健康',     'Sports and health',       40),
    ('history',   '歴史・郷土',         'History and local lore',  50),
    ('nature',    '自然・環境',         'Nature and environment',  60),
    ('it',        'IT・デジタル',       'IT and digital',          70),
    ('parenting', '子育て・親子',       'Parenting and families',  80),
    ('community', '地域・まちづくり',   'Community and town',      90),
    ('welfare',   '福祉・ボランティア', 'Welfare and volunteering', 100);

-- Uploaded pictures (a circle's image, an activity report's photo). Only what the server itself
-- wrote after decoding and re-encoding the upload is kept.
create table circle_image (
    id           bigint generated always as identity primary key,
    content_type varchar(20) not null,
    width        integer     not null,
    height       integer     not null,
    content      bytea       not null,
    uploaded_by  bigint      not null references account (id),
    created_at   timestamptz not null default now(),
    constraint circle_image_type_known check (content_type in ('image/jpeg', 'image/png')),
    constraint circle_image_size_sane check (width between 1 and 4000 and height between 1 and 4000
        and octet_length(content) <= 4194304)
);

create table circle (
    id                  bigint generated always as identity primary key,
    version             bigint        not null default 0,
    name                varchar(100)  not null,
    description         varchar(5000) not null,
    category_code       varchar(40)   not null references circle_category (code),
    area_code           varchar(40)   not null,
    venue               varchar(200)  not null,
    member_count        integer       not null,
    recruiting          boolean       not null default false,
    recruiting_whom     varchar(500),
    fee_yen             integer       not null default 0,
    fee_period          varchar(10)   not null default 'MONTH',
    fee_note            varchar(200),
    beginners_welcome   boolean       not null default false,
    image_id            bigint references circle_image (id),
    status              varchar(20)   not null default 'PENDING',
    -- The last word from staff: what to change (CHANGES_REQUESTED), why it was suspended or dissolved.
    status_comment      varchar(2000),
    -- Registration lasts to the end of the fiscal year (31 March) and is renewed by the leader.
    valid_until         date,
    -- Set when the leader was told the registration is about to lapse, for that valid_until.
    lapse_notice_for    date,
    -- A registered circle's leader edited it; staff check the change afterwards (事後確認).
    changed_at          timestamptz,
    approved_at         timestamptz,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint circle_member_count_sane check (member_count between 1 and 10000),
    constraint circle_fee_not_negative check (fee_yen >= 0),
    constraint circle_fee_period_known check (fee_period in ('MONTH', 'YEAR', 'SESSION')),
    constraint circle_status_known check (status in ('PENDING', 'CHANGES_REQUESTED', 'REGISTERED', 'SUSPENDED', 'DISSOLVED')),
    constraint circle_registered_has_validity check (status <> 'REGISTERED' or valid_until is not null),
    constraint circle_comment_when_required check (status not in ('CHANGES_REQUESTED', 'SUSPENDED') or status_comment is not null)
);
create index circle_by_status_validity on circle (status, valid_until);
create index circle_by_category on circle (category_code);

-- Regular meetings in structured form: weekly on a day, or on given weeks of the month
-- (第2・第4火曜 = MONTHLY, weeks {2,4}, day 2).
create table circle_schedule_rule (
    id             bigint generated always as identity primary key,
    circle_id      bigint    not null references circle (id) on delete cascade,
    position       integer   not null,
    frequency      varchar(10) not null,
    day_of_week    integer   not null,
    weeks_of_month integer[] not null default '{}',
    starts_at      time      not null,
    ends_at        time      not null,
    constraint circle_schedule_frequency_known check (frequency in ('WEEKLY', 'MONTHLY')),
    constraint circle_schedule_day_iso check (day_of_week between 1 and 7),
    constraint circle_schedule_weeks check ((frequency = 'WEEKLY' and cardinality(weeks_of_month) = 0)
        or (frequency = 'MONTHLY' and cardinality(weeks_of_month) between 1 and 5
            and weeks_of_month <@ array[1, 2, 3, 4, 5])),
    constraint circle_schedule_ends_after_start check (ends_at > starts_at),
    constraint circle_schedule_position_unique unique (circle_id, position)
);

-- The people of a circle known to the portal: one leader, any co-leaders, members who joined
-- through it. Leaders and co-leaders manage the circle.
create table circle_member (
    circle_id  bigint      not null references circle (id) on delete cascade,
    account_id bigint      not null references account (id),
    role       varchar(10) not null,
    joined_at  timestamptz not null default now(),
    primary key (circle_id, account_id),
    constraint circle_member_role_known check (role in ('LEADER', 'CO_LEADER', 'MEMBER'))
);
create unique index circle_one_leader on circle_member (circle_id) where role = 'LEADER';
create index circle_member_by_account on circle_member (account_id);

-- As for courses: the actions (or measures) a circle relates to, and every node they roll up into.
create table circle_plan_node (
    circle_id    bigint not null references circle (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (circle_id, plan_node_id)
);
create index circle_plan_node_by_node on circle_plan_node (plan_node_id);

create table circle_plan_scope (
    circle_id    bigint not null references circle (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (circle_id, plan_node_id)
);
create index circle_plan_scope_by_node on circle_plan_scope (plan_node_id);

-- Activities a circle posts: public events residents may sign up for, and regular meetings.
create table circle_activity (
    id             bigint generated always as identity primary key,
    version        bigint        not null default 0,
    circle_id      bigint        not null references circle (id) on delete cascade,
    kind           varchar(10)   not null,
    title          varchar(200)  not null,
    description    varchar(5000) not null default '',
    activity_date  date          not null,
    starts_at      time          not null,
    ends_at        time          not null,
    place          varchar(200)  not null,
    area_code      varchar(40),
    capacity       integer,
    signup_open    boolean       not null default false,
    fee_yen        integer       not null default 0,
    cancelled      boolean       not null default false,
    created_by     bigint        not null references account (id),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint circle_activity_kind_known check (kind in ('EVENT', 'MEETING')),
    constraint circle_activity_ends_after_start check (ends_at > starts_at),
    constraint circle_activity_capacity_positive check (capacity is null or capacity > 0),
    constraint circle_activity_signup_needs_capacity check (not signup_open or (kind = 'EVENT' and capacity is not null)),
    constraint circle_activity_fee_not_negative check (fee_yen >= 0)
);
create index circle_activity_by_circle_date on circle_activity (circle_id, activity_date);
create index circle_activity_by_date on circle_activity (activity_date) where not cancelled;

-- Sign-ups for public events; the places are taken under the activity's row lock.
create table circle_event_signup (
    id          bigint generated always as identity primary key,
    activity_id bigint      not null references circle_activity (id) on delete cascade,
    account_id  bigint      not null references account (id),
    status      varchar(10) not null default 'CONFIRMED',
    created_at  timestamptz not null default now(),
    cancelled_at timestamptz,
    constraint circle_event_signup_status_known check (status in ('CONFIRMED', 'CANCELLED')),
    constraint circle_event_signup_once unique (activity_id, account_id)
);
create index circle_event_signup_by_account on circle_event_signup (account_id);

-- What a circle did: counts toward the plan's roll-up (activities held, participants).
create table circle_activity_report (
    id             bigint generated always as identity primary key,
    version        bigint        not null default 0,
    circle_id      bigint        not null references circle (id) on delete cascade,
    activity_id    bigint references circle_activity (id) on delete set null,
    held_on        date          not null,
    participants   integer       not null,
    summary        varchar(2000) not null,
    image_id       bigint references circle_image (id),
    reported_by    bigint        not null references account (id),
    created_at     timestamptz   not null default now(),
    constraint circle_report_participants_sane check (participants between 0 and 100000)
);
create index circle_report_by_circle_date on circle_activity_report (circle_id, held_on);
create index circle_report_by_date on circle_activity_report (held_on);

-- 入会希望: a resident asks to join; leader and resident talk through the portal, never by address.
create table circle_join_request (
    id          bigint generated always as identity primary key,
    version     bigint      not null default 0,
    circle_id   bigint      not null references circle (id) on delete cascade,
    account_id  bigint      not null references account (id),
    status      varchar(10) not null default 'PENDING',
    created_at  timestamptz not null default now(),
    decided_at  timestamptz,
    decided_by  bigint references account (id),
    constraint circle_join_status_known check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    constraint circle_join_decided check (status in ('PENDING', 'WITHDRAWN') or decided_at is not null)
);
create unique index circle_join_one_open on circle_join_request (circle_id, account_id) where status = 'PENDING';
create index circle_join_by_account on circle_join_request (account_id);

create table circle_join_message (
    id         bigint generated always as identity primary key,
    request_id bigint        not null references circle_join_request (id) on delete cascade,
    author_id  bigint        not null references account (id),
    body       varchar(2000) not null,
    created_at timestamptz   not null default now()
);
create index circle_join_message_by_request on circle_join_message (request_id, created_at);

-- 市民提案型講座: a resident (or a circle through its leader) proposes a course; staff review it;
-- an adopted proposal becomes a draft course that links back.
create table course_proposal (
    id                  bigint generated always as identity primary key,
    version             bigint        not null default 0,
    proposer_id         bigint        not null references account (id),
    circle_id           bigint references circle (id),
    theme               varchar(200)  not null,
    outline             varchar(5000) not null,
    proposed_instructor varchar(500)  not null,
    audience            varchar(500)  not null,
    preferred_times     varchar(500)  not null,
    plan_node_id        bigint references plan_node (id),
    status              varchar(15)   not null default 'RECEIVED',
    decision_reason     varchar(2000),
    decided_by          bigint references account (id),
    decided_at          timestamptz,
    course_id           bigint references course (id) on delete set null,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint course_proposal_status_known check (status in ('RECEIVED', 'UNDER_REVIEW', 'ADOPTED', 'REJECTED')),
    constraint course_proposal_rejected_has_reason check (status <> 'REJECTED' or decision_reason is not null)
);
create index course_proposal_by_status on course_proposal (status, created_at);
create index course_proposal_by_proposer on course_proposal (proposer_id);
