-- Every business row carries tenant_id; every query filters on it.

create table tenants (
  id          text primary key,
  name        text not null,
  created_at  timestamptz not null default now()
);

create table api_keys (
  id            text primary key,
  tenant_id     text not null references tenants (id),
  prefix        text not null,
  key_hash      text not null unique,
  role          text not null,
  created_at    timestamptz not null default now(),
  revoked_at    timestamptz,
  last_used_at  timestamptz
);
create index api_keys_tenant on api_keys (tenant_id);

-- Request-level idempotency for public POSTs (CONTRACT section 2).
create table idempotency_records (
  tenant_id        text not null,
  idempotency_key  text not null,
  method           text not null,
  path             text not null,
  request_hash     text not null,
  state            text not null check (state in ('in_flight', 'completed')),
  response_status  integer,
  response_body    text,
  response_location text,
  created_at       timestamptz not null default now(),
  completed_at     timestamptz,
  primary key (tenant_id, idempotency_key)
);

create table shipments (
  id                   text primary key,
  tenant_id            text not null references tenants (id),
  status               text not null,
  reference            text,
  from_address         jsonb not null,
  to_address           jsonb not null,
  parcel               jsonb not null,
  options              jsonb not null default '{}'::jsonb,
  selected_rate_id     text,
  carrier              text,
  service              text,
  tracking_code        text,
  carrier_shipment_id  text,
  label_amount         numeric(14, 2),
  label_currency       text,
  label_bucket         text,
  label_key            text,
  label_format         text,
  ledger_entry_id      text,
  needs_attention      boolean not null default false,
  last_error_code      text,
  last_error_message   text,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);
create index shipments_tenant_id on shipments (tenant_id, id desc);
create unique index shipments_tenant_tracking on shipments (tenant_id, tracking_code) where tracking_code is not null;

create table rates (
  id              text primary key,
  tenant_id       text not null references tenants (id),
  shipment_id     text not null references shipments (id),
  carrier         text not null,
  service         text not null,
  amount          numeric(14, 2) not null,
  currency        text not null,
  delivery_days   integer not null,
  expires_at      timestamptz not null,
  created_at      timestamptz not null default now()
);
create index rates_shipment on rates (tenant_id, shipment_id);

-- Append-only double-entry ledger: a transaction has postings that sum to zero.
-- Balances are derived from postings, never stored.
create table ledger_transactions (
  id               text primary key,
  tenant_id        text not null references tenants (id),
  idempotency_key  text not null,
  kind             text not null,
  shipment_id      text,
  amount           numeric(14, 2) not null check (amount > 0),
  currency         text not null,
  description      text not null,
  created_at       timestamptz not null default now(),
  unique (tenant_id, idempotency_key)
);
create index ledger_transactions_tenant on ledger_transactions (tenant_id, id desc);
create index ledger_transactions_shipment on ledger_transactions (tenant_id, shipment_id);

create table ledger_postings (
  id              bigserial primary key,
  transaction_id  text not null references ledger_transactions (id),
  tenant_id       text not null references tenants (id),
  account         text not null,
  amount          numeric(14, 2) not null,
  currency        text not null
);
create index ledger_postings_account on ledger_postings (tenant_id, account);
create index ledger_postings_transaction on ledger_postings (transaction_id);
