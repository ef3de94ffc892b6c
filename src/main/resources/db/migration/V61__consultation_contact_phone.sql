-- The number a resident gives for a PHONE consultation (prefilled from the account, may differ
-- from it). Kept apart from caller_phone, which belongs to callers staff book for without an account.
alter table consultation_booking add column contact_phone varchar(30);
