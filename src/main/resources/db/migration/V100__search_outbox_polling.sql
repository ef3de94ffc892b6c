-- Hibernate Search's outbox-polling coordination (portal.search.coordination=outbox-polling, several
-- app nodes; docs/operations.md): a save writes an event to hsearch_outbox_event in its own
-- transaction, and one node's background processor indexes it; hsearch_agent registers the nodes'
-- processors (dynamic sharding, pulses) and mass indexers.
-- This is the DDL Hibernate ORM 7.4 generates for PostgreSQL from Hibernate Search 8.2's mapping
-- (jakarta.persistence.schema-generation.scripts.action=create), unchanged, so ddl-auto=validate
-- accepts it. Generate it again rather than editing it by hand after an upgrade.
-- Unused (and empty) while the coordination is 'none', the single-node default.

create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check ((state in ('RUNNING','WAITING','SUSPENDED'))),
    tenant_id varchar(255),
    type varchar(255) not null check ((type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING'))),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check ((status in ('PENDING','ABORTED'))),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

create index processAfter on hsearch_outbox_event (process_after);
