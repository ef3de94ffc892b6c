-- The municipal lifelong-learning plans (生涯学習推進計画) and their four-level hierarchy:
-- Plan → Goal → PolicyDirection → Measure → Action. Loaded from db/plans/*.yaml, edited by staff.

create table plan (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    code             varchar(40)  not null,
    municipality     varchar(100) not null,
    municipality_en  varchar(100),
    title            varchar(300) not null,
    period_start     integer,
    period_end       integer,
    vision           text,
    note             text,
    -- Each plan names its own four levels (目標/方針/施策/取組み, 基本方針/施策の方向性/…).
    level1_name      varchar(50)  not null,
    level2_name      varchar(50)  not null,
    level3_name      varchar(50)  not null,
    level4_name      varchar(50)  not null,
    level1_name_en   varchar(50),
    level2_name_en   varchar(50),
    level3_name_en   varchar(50),
    level4_name_en   varchar(50),
    status           varchar(10)  not null default 'ACTIVE',
    -- SHA-256 of the file last imported into this plan, whatever its source.
    content_hash     varchar(64),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint plan_code_unique unique (code),
    constraint plan_code_format check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    constraint plan_status_known check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    constraint plan_period_years check (period_start between 1900 and 2200 and period_end between 1900 and 2200),
    constraint plan_period_order check (period_start <= period_end)
);

-- One self-referencing table for all four levels: the levels share every column, and links
-- from courses, circles and volunteer requests point at "a node" whatever its level.
create table plan_node (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    plan_id          bigint        not null references plan (id),
    parent_id        bigint        references plan_node (id),
    level            smallint      not null,
    code             varchar(40)   not null,
    title            varchar(500)  not null,
    description      text,
    current_issues   text,
    future_vision    text,
    role_citizen     varchar(1000),
    role_community   varchar(1000),
    role_government  varchar(1000),
    position         integer       not null default 0,
    -- Archived, never deleted: whatever links to a node keeps working.
    archived_at      timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint plan_node_code_unique unique (plan_id, code),
    constraint plan_node_level_range check (level between 1 and 4),
    constraint plan_node_parent_by_level check ((level = 1) = (parent_id is null)),
    constraint plan_node_code_format check (code <> '' and code !~ '[[:space:]/\\?#%]'),
    constraint plan_node_position_positive check (position >= 0)
);
create index plan_node_by_parent on plan_node (parent_id, position);
create index plan_node_by_plan on plan_node (plan_id, level, position);

-- A parent is one level up and in the same plan. Because a node's level never changes and
-- every parent is exactly one level up, a cycle cannot be stored.
create function plan_node_check_parent() returns trigger language plpgsql as $$
declare
    parent_plan  bigint;
    parent_level smallint;
begin
    if new.parent_id is null then
        return new;
    end if;
    select plan_id, level into parent_plan, parent_level from plan_node where id = new.parent_id;
    if parent_plan is distinct from new.plan_id or parent_level is distinct from new.level - 1 then
        raise exception 'plan_node %: the parent must be on level % of the same plan', new.code, new.level - 1
            using errcode = '23514', constraint = 'plan_node_parent_one_level_up';
    end if;
    return new;
end
$$;

create trigger plan_node_parent_one_level_up
    before insert or update of parent_id, level, plan_id on plan_node
    for each row execute function plan_node_check_parent();

-- A node may not change level under its children either.
create function plan_node_check_children() returns trigger language plpgsql as $$
begin
    if exists (select 1 from plan_node c where c.parent_id = new.id and (c.level <> new.level + 1 or c.plan_id <> new.plan_id)) then
        raise exception 'plan_node %: its children must stay one level below it', new.code
            using errcode = '23514', constraint = 'plan_node_parent_one_level_up';
    end if;
    return new;
end
$$;

create trigger plan_node_children_one_level_down
    after update of level, plan_id on plan_node
    for each row execute function plan_node_check_children();

-- 成果目標: outcome indicators of a node, with the yearly actuals.
create table plan_indicator (
    id               bigint generated always as identity primary key,
    version          bigint         not null default 0,
    node_id          bigint         not null references plan_node (id),
    name             varchar(200)   not null,
    unit             varchar(40),
    baseline_value   numeric(14, 2),
    baseline_year    integer,
    target_value     numeric(14, 2),
    target_year      integer,
    position         integer        not null default 0,
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    constraint plan_indicator_name_unique unique (node_id, name),
    constraint plan_indicator_years check (baseline_year between 1900 and 2200 and target_year between 1900 and 2200)
);
create index plan_indicator_by_node on plan_indicator (node_id, position);

create table plan_indicator_actual (
    indicator_id     bigint         not null references plan_indicator (id) on delete cascade,
    fiscal_year      integer        not null,
    value            numeric(14, 2) not null,
    primary key (indicator_id, fiscal_year),
    constraint plan_indicator_actual_year check (fiscal_year between 1900 and 2200)
);

-- Every import, from start-up or an upload: the audit trail, and how start-up knows which
-- version of a file in db/plans it has already applied (an upload must survive a restart).
create table plan_import (
    id               bigint generated always as identity primary key,
    plan_id          bigint       not null references plan (id),
    source           varchar(10)  not null,
    file_name        varchar(255) not null,
    content_hash     varchar(64)  not null,
    nodes_added      integer      not null,
    nodes_updated    integer      not null,
    nodes_archived   integer      not null,
    nodes_restored   integer      not null,
    -- The account that uploaded; no foreign key, the plan module does not reach into accounts.
    imported_by      bigint,
    imported_at      timestamptz  not null default now(),
    constraint plan_import_source_known check (source in ('STARTUP', 'UPLOAD'))
);
create index plan_import_by_file on plan_import (source, file_name, content_hash);
