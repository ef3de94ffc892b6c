-- The audit log: who looked at, exported or changed personal data, when and from where.
-- Append-only: rows are never updated; deleting old rows is left to the retention job.
create table audit_entry (
    id               bigint generated always as identity primary key,
    at               timestamptz  not null default now(),
    actor_account_id bigint,
    actor_name       varchar(200),
    remote_address   varchar(64),
    action           varchar(20)  not null,
    subject_type     varchar(60)  not null,
    subject_id       varchar(60),
    detail           varchar(1000),
    constraint audit_entry_action_known check (action in ('VIEW', 'EXPORT', 'CHANGE', 'ADMIN'))
);
create index audit_entry_by_time on audit_entry (at desc);
create index audit_entry_by_actor on audit_entry (actor_account_id, at desc);
create index audit_entry_by_subject on audit_entry (subject_type, subject_id);

create function audit_entry_never_changes() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_append_only before update on audit_entry
    for each row execute function audit_entry_never_changes();
