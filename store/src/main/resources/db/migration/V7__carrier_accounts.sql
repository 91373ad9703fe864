-- Tenants' own carrier contracts. Credentials are stored only as an envelope: the JSON object of
-- credentials encrypted (AES-256-GCM) with a data key of its own, and that data key encrypted by
-- the key-management service under key_id. A database dump alone reveals no credential.
create table carrier_accounts (
  id                     text primary key,
  tenant_id              text not null references tenants (id),
  carrier                text not null,
  description            text,
  test_mode              boolean not null,
  -- Which credential fields are set, for display; never their values.
  credential_fields      text[] not null,
  key_id                 text not null,
  encrypted_data_key     bytea not null,
  encrypted_credentials  bytea not null,
  created_at             timestamptz not null,
  deleted_at             timestamptz
);
create index carrier_accounts_tenant on carrier_accounts (tenant_id, id desc);
create index carrier_accounts_active on carrier_accounts (tenant_id, carrier)
  where deleted_at is null;

-- The carrier plugins the workers run, written by each worker when it starts, so the API can tell
-- which carriers exist and what an account of each needs without loading any plugin itself.
create table carrier_catalog (
  code               text primary key,
  name               text not null,
  services           text[] not null,
  capabilities       text[] not null,
  credential_fields  text[] not null,
  updated_at         timestamptz not null
);

-- Which account a quote was made with (null: the platform's own contract, as for the sandbox).
alter table rates add column carrier_account_id text;

-- Carriers that did not quote at the last rating, and why: rating with one carrier down still
-- succeeds with the others' rates, and says which carrier is missing.
alter table shipments add column rate_messages jsonb not null default '[]';
