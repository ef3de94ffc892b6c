-- Which plan actions (or measures) each course serves, and, derived from them, every plan node
-- the course counts toward (the linked nodes and all their ancestors), for filters and roll-ups.
create table course_plan_node (
    course_id    bigint not null references course (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (course_id, plan_node_id)
);
create index course_plan_node_by_node on course_plan_node (plan_node_id);

create table course_plan_scope (
    course_id    bigint not null references course (id) on delete cascade,
    plan_node_id bigint not null references plan_node (id),
    primary key (course_id, plan_node_id)
);
create index course_plan_scope_by_node on course_plan_scope (plan_node_id);
