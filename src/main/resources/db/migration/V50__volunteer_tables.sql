-- Volunteers and the talent bank (人材バンク): a skills tree kept by staff, volunteer profiles
-- with skills, availability, areas and what of it is public; organisations (schools, partners)
-- with their own accounts; requests (募集) with shifts; assignments of volunteers to shifts.

alter table account_role drop constraint account_role_known;
alter table account_role add constraint account_role_known
    check (role in ('RESIDENT', 'COUNSELOR', 'STAFF', 'ADMIN', 'ORGANISATION'));

create table volunteer_skill (
    id        bigint generated always as identity primary key,
    parent_id bigint references volunteer_skill (id),
    code      varchar(40)  not null unique,
    name_ja   varchar(100) not null,
    name_en   varchar(100) not null,
    position  integer      not null default 0,
    archived  boolean      not null default false,
    constraint volunteer_skill_not_own_parent check (parent_id is null or parent_id <> id)
);
create index volunteer_skill_by_parent on volunteer_skill (parent_id, position);

-- The starting tree: a group, then the skills people pick. Staff change it at /admin/volunteers/skills.
insert into volunteer_skill (code, name_ja, name_en, position) values
    ('language',  '語学',           'Languages',             10),
    ('it',        'IT',             'IT',                    20),
    ('culture',   '文化・芸術',     'Arts and culture',      30),
    ('sports',    'スポーツ・健康', 'Sports and health',     40),
    ('education', '学習支援',       'Learning support',      50),
    ('community', '地域・防災',     'Community and safety',  60),
    ('welfare',   '福祉',           'Welfare',               70),
    ('nature',    '自然・環境',     'Nature',                80),
    ('events',    '運営・広報',     'Events and publicity',  90);

insert into volunteer_skill (parent_id, code, name_ja, name_en, position)
select p.id, s.code, s.name_ja, s.name_en, s.position
from (values
    ('language',  'english',        '英語',                 'English',                    10),
    ('language',  'chinese',        '中国語',               'Chinese',                    20),
    ('language',  'korean',         '韓国語',               'Korean',                     30),
    ('language',  'vietnamese',     'ベトナム語',           'Vietnamese',                 40),
    ('language',  'easy-japanese',  'やさしい日本語',       'Easy Japanese',              50),
    ('it',        'smartphone',     'スマホ操作',           'Smartphones',                10),
    ('it',        'pc',             'パソコン',             'Computers',                  20),
    ('it',        'programming',    'プログラミング',       'Programming',                30),
    ('culture',   'calligraphy',    '書道',                 'Calligraphy',                10),
    ('culture',   'tea-ceremony',   '茶道',                 'Tea ceremony',               20),
    ('culture',   'music',          '楽器演奏',             'Playing music',              30),
    ('culture',   'crafts',         '工作・手芸',           'Crafts',                     40),
    ('sports',    'exercise',       '体操・健康づくり',     'Exercise and health',        10),
    ('sports',    'ball-games',     '球技',                 'Ball games',                 20),
    ('education', 'homework',       '学習支援（宿題・補習）', 'Homework help',            10),
    ('education', 'reading-aloud',  '読み聞かせ',           'Reading aloud',              20),
    ('education', 'guest-teacher',  'ゲスト・ティーチャー', 'Guest teaching',             30),
    ('community', 'disaster',       '防災',                 'Disaster preparedness',      10),
    ('community', 'guide',          'まち歩きガイド',       'Town guiding',               20),
    ('welfare',   'sign-language',  '手話',                 'Sign language',              10),
    ('welfare',   'braille',        '点訳',                 'Braille',                    20),
    ('welfare',   'care',           '介助・付き添い',       'Care and escort',            30),
    ('nature',    'gardening',      '園芸',                 'Gardening',                  10),
    ('nature',    'nature-guide',   '自然観察',             'Nature watching',            20),
    ('events',    'event-staff',    'イベント運営',         'Running events',             10),
    ('events',    'photography',    '撮影・記録',           'Photography and records',    20),
    ('events',    'design',         'デザイン・チラシ作成', 'Design and flyers',          30)
) as s (parent_code, code, name_ja, name_en, position)
join volunteer_skill p on p.code = s.parent_code;

-- One profile per account. Nothing is public unless its flag is set; the name never by default.
create table volunteer_profile (
    id                bigint generated always as identity primary key,
    version           bigint        not null default 0,
    account_id        bigint        not null unique references account (id),
    status            varchar(15)   not null default 'APPLIED',
    review_comment    varchar(2000),
    can_teach         boolean       not null default false,
    expertise         varchar(1000) not null default '',
    experience        varchar(3000) not null default '',
    public_name       boolean       not null default false,
    public_skills     boolean       not null default true,
    public_expertise  boolean       not null default false,
    public_experience boolean       not null default false,
    public_areas      boolean       not null default false,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    approved_at       timestamptz,
    constraint volunteer_profile_status_known check (status in ('APPLIED', 'REGISTERED', 'RETURNED', 'WITHDRAWN')),
    constraint volunteer_profile_returned_has_comment check (status <> 'RETURNED' or review_comment is not null)
);
create index volunteer_profile_by_status on volunteer_profile (status);

-- Level: 1 できる (can help), 2 得意 (good at it), 3 教えられる (can teach it).
create table volunteer_profile_skill (
    profile_id bigint   not null references volunteer_profile (id) on delete cascade,
    skill_id   bigint   not null references volunteer_skill (id),
    level      integer  not null,
    primary key (profile_id, skill_id),
    constraint volunteer_profile_skill_level check (level between 1 and 3)
);
create index volunteer_profile_skill_by_skill on volunteer_profile_skill (skill_id);

-- The weekly grid: weekday (ISO 1–7) × time band the volunteer can usually help.
create table volunteer_availability (
    profile_id  bigint      not null references volunteer_profile (id) on delete cascade,
    day_of_week integer     not null,
    time_band   varchar(10) not null,
    primary key (profile_id, day_of_week, time_band),
    constraint volunteer_availability_day check (day_of_week between 1 and 7),
    constraint volunteer_availability_band check (time_band in ('MORNING', 'AFTERNOON', 'EVENING'))
);

create table volunteer_unavailable_date (
    profile_id bigint not null references volunteer_profile (id) on delete cascade,
    day        date   not null,
    primary key (profile_id, day)
);

create table volunteer_area (
    profile_id bigint      not null references volunteer_profile (id) on delete cascade,
    area_code  varchar(40) not null,
    primary key (profile_id, area_code)
);
create index volunteer_area_by_area on volunteer_area (area_code);

-- Schools and partner organisations that post requests through an account staff made for them.
create table volunteer_organisation (
    id         bigint generated always as identity primary key,
    version    bigint       not null default 0,
    name       varchar(200) not null,
    kind       varchar(15)  not null,
    account_id bigint       not null unique references account (id),
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    constraint volunteer_organisation_kind_known check (kind in ('SCHOOL', 'NPO', 'PUBLIC', 'COMPANY', 'OTHER'))
);

-- 募集: posted by staff, by an organisation (through its account) or by a circle's leader.
create table volunteer_request (
    id              bigint generated always as identity primary key,
    version         bigint        not null default 0,
    title           varchar(200)  not null,
    description     varchar(5000) not null,
    poster_kind     varchar(15)   not null,
    organisation_id bigint references volunteer_organisation (id),
    circle_id       bigint references circle (id),
    created_by      bigint        not null references account (id),
    place           varchar(200)  not null,
    area_code       varchar(40)   not null,
    number_needed   integer       not null,
    apply_by        date          not null,
    status          varchar(10)   not null default 'OPEN',
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint volunteer_request_poster check (
        (poster_kind = 'STAFF' and organisation_id is null and circle_id is null)
        or (poster_kind = 'ORGANISATION' and organisation_id is not null and circle_id is null)
        or (poster_kind = 'CIRCLE' and circle_id is not null and organisation_id is null)),
    constraint volunteer_request_needed_positive check (number_needed > 0),
    constraint volunteer_request_status_known check (status in ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED'))
);
create index volunteer_request_by_status on volunteer_request (status, apply_by);
create index volunteer_request_by_organisation on volunteer_request (organisation_id);
create index volunteer_request_by_circle on volunteer_request (circle_id);

create table volunteer_request_skill (
    request_id bigint  not null references volunteer_request (id) on delete cascade,
    skill_id   bigint  not null references volunteer_skill (id),
    required   boolean not null,
    primary key (request_id, skill_id)
);

create table volunteer_request_plan_node (
    request_id   bigint not null references volunteer_request (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (request_id, plan_node_id)
);
create index volunteer_request_plan_node_by_node on volunteer_request_plan_node (plan_node_id);

create table volunteer_request_plan_scope (
    request_id   bigint not null references volunteer_request (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (request_id, plan_node_id)
);
create index volunteer_request_plan_scope_by_node on volunteer_request_plan_scope (plan_node_id);

-- A request's dates and times, each with its own number of people needed.
create table volunteer_shift (
    id         bigint generated always as identity primary key,
    version    bigint  not null default 0,
    request_id bigint  not null references volunteer_request (id) on delete cascade,
    position   integer not null,
    shift_date date    not null,
    starts_at  time    not null,
    ends_at    time    not null,
    needed     integer not null,
    constraint volunteer_shift_ends_after_start check (ends_at > starts_at),
    constraint volunteer_shift_needed_positive check (needed > 0),
    constraint volunteer_shift_position_unique unique (request_id, position)
);
create index volunteer_shift_by_date on volunteer_shift (shift_date);

-- 応募 (APPLIED) or 招待 (INVITED) → 承認 (APPROVED) / 見送り (DECLINED) → 完了 (COMPLETED, with hours) / 欠席 (ABSENT);
-- the volunteer may withdraw (WITHDRAWN). APPROVED and COMPLETED hold a place of the shift.
create table volunteer_assignment (
    id          bigint generated always as identity primary key,
    version     bigint        not null default 0,
    shift_id    bigint        not null references volunteer_shift (id) on delete cascade,
    profile_id  bigint        not null references volunteer_profile (id),
    status      varchar(10)   not null,
    message     varchar(1000),
    invited_by  bigint references account (id),
    decided_by  bigint references account (id),
    decided_at  timestamptz,
    hours       numeric(5, 2),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint volunteer_assignment_status_known check (status in
        ('APPLIED', 'INVITED', 'APPROVED', 'DECLINED', 'COMPLETED', 'ABSENT', 'WITHDRAWN')),
    constraint volunteer_assignment_hours check ((status = 'COMPLETED') = (hours is not null)),
    constraint volunteer_assignment_hours_sane check (hours is null or (hours > 0 and hours <= 24)),
    constraint volunteer_assignment_once unique (shift_id, profile_id)
);
create index volunteer_assignment_by_profile on volunteer_assignment (profile_id, status);
