-- Two-factor login (TOTP, RFC 6238) with single-use recovery codes.
-- The secret must be readable by the app to compute codes, so it is stored as given (base32);
-- the database is the app's own, behind the same access rules as the password hashes.
create table account_two_factor (
    account_id     bigint       primary key references account (id) on delete cascade,
    secret         varchar(64)  not null,
    enabled_at     timestamptz  not null,
    -- The last 30-second step whose code was accepted: a code is good once, never again.
    last_used_step bigint       not null default 0
);

-- Recovery codes: only their BCrypt hashes, each good once.
create table account_recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint       not null references account (id) on delete cascade,
    code_hash  varchar(200) not null,
    used_at    timestamptz
);
create index account_recovery_code_by_account on account_recovery_code (account_id);

-- Sign-ins, sign-outs and failed attempts go into the audit log too.
alter table audit_entry drop constraint audit_entry_action_known;
alter table audit_entry add constraint audit_entry_action_known
    check (action in ('VIEW', 'EXPORT', 'CHANGE', 'ADMIN', 'LOGIN'));
