-- Token buckets of the rate limits (config/RateLimiter), shared by every app node. Bucket4j's
-- PostgreSQL store: the key is a hash of rule + account or address (no address or e-mail in
-- clear), the state Bucket4j's own serialised form, expires_at (epoch milliseconds) when the
-- bucket would be full again, after which the clean-up job deletes the row.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);
