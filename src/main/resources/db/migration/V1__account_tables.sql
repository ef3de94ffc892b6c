-- Accounts of residents, counselors, staff and administrators.
create table account (
    id                 bigint generated always as identity primary key,
    version            bigint       not null default 0,
    email              varchar(254) not null,
    password_hash      varchar(200) not null,
    display_name       varchar(100) not null,
    furigana           varchar(100) not null,
    phone              varchar(20),
    area_code          varchar(40),
    residency          varchar(10)  not null,
    birth_year         integer,
    preferred_language varchar(5)   not null default 'ja',
    email_verified_at  timestamptz,
    enabled            boolean      not null default true,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint account_email_lowercase check (email = lower(email)),
    constraint account_residency_known check (residency in ('LIVES', 'WORKS', 'STUDIES', 'OTHER')),
    constraint account_birth_year_range check (birth_year between 1900 and 2100),
    constraint account_language_supported check (preferred_language in ('ja', 'en'))
);
create unique index account_email_unique on account (email);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('RESIDENT', 'COUNSELOR', 'STAFF', 'ADMIN'))
);
create index account_role_by_role on account_role (role);

-- One-time links sent by mail; only the SHA-256 of the token is kept.
create table account_token (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    constraint account_token_purpose_known check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD'))
);
create index account_token_by_account on account_token (account_id, purpose) where used_at is null;

-- Failed logins per account ("account:<email>") and per address ("address:<ip>").
create table login_throttle (
    throttle_key    varchar(300) primary key,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);
