-- Pickups (CONTRACT section 3): a carrier collecting purchased labels from an address within a
-- time window. The pickup workflow owns the state; these rows are what reads see.
create table pickups (
  id                   text primary key,
  tenant_id            text not null references tenants (id),
  -- unknown until bought, then scheduled; canceled after a cancel.
  status               text not null,
  reference            text,
  address              jsonb not null,
  min_datetime         timestamptz not null,
  max_datetime         timestamptz not null,
  instructions         text,
  batch_id             text,
  -- The carrier (and account, null for the platform's own contract) whose labels it collects.
  label_carrier        text not null,
  carrier_account_id   text,
  -- The pickup services the carrier offered at creation: [{id, carrier, service, rate, currency}].
  pickup_rates         jsonb not null default '[]'::jsonb,
  carrier              text,
  service              text,
  confirmation         text,
  fee_amount           numeric(14, 2),
  fee_currency         text,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);
create index pickups_tenant on pickups (tenant_id, id desc);

create table pickup_shipments (
  tenant_id    text not null references tenants (id),
  pickup_id    text not null references pickups (id),
  shipment_id  text not null references shipments (id),
  primary key (pickup_id, shipment_id)
);
create index pickup_shipments_tenant on pickup_shipments (tenant_id, pickup_id);

-- Pickup fees are ledger entries of a pickup, not of a shipment: what a pickup still holds or may
-- still refund is summed over its own entries.
alter table ledger_transactions add column pickup_id text;
create index ledger_transactions_pickup on ledger_transactions (tenant_id, pickup_id)
  where pickup_id is not null;
