-- Issue 7, authentication: API keys managed through /v1/api_keys carry a name for their owners and
-- an optional rate of their own; rate-limit buckets are shared by every API replica.
alter table api_keys
  add column name                  text,
  add column rate_limit_per_second integer check (rate_limit_per_second > 0);

-- Listing a tenant's keys newest first, and counting its active admin keys before a revocation.
create index api_keys_tenant_id_desc on api_keys (tenant_id, id desc);

-- Bucket4j's token buckets (PostgreSQLSelectForUpdateBasedProxyManager): one row per bucket
-- (tenant:..., principal:..., auth-failures:<address>), its state serialized by Bucket4j, and the
-- epoch millisecond after which a full bucket may be removed (ExpiredBuckets deletes them).
create table rate_limit_buckets (
  id         text primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_buckets_expires_at on rate_limit_buckets (expires_at);
