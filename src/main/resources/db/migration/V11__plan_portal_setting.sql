-- Settings an administrator changes at run time (configuration gives the defaults).
-- The plan module owns the table and the first key: plan.active, the portal's active plan.
create table portal_setting (
    setting_key   varchar(100) primary key,
    setting_value varchar(500) not null,
    updated_at    timestamptz  not null default now()
);
