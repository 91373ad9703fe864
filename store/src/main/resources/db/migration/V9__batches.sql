-- Batches (CONTRACT section 3): a set of up to 10,000 shipments of one tenant bought together. The
-- batch workflow owns the state while it runs; these rows are what reads see, and what the workflow
-- pages through (by position, so a page is stable while shipments are added or removed elsewhere).
create table batches (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  state             text not null,
  reference         text,
  -- What the batch buys when a shipment has no rate chosen: the cheapest, optionally restricted.
  carrier           text,
  service           text,
  -- Each buy of the batch is a round; a shipment's purchase key carries it, so buying the batch
  -- again after a failure (funds added, say) is a new attempt rather than a replay of the refusal.
  purchase_round    integer not null default 0,
  label_format      text,
  label_bucket      text,
  label_key         text,
  scan_form_id      text,
  last_error_code   text,
  last_error_message text,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
create index batches_tenant on batches (tenant_id, id desc);

-- One row per shipment in a batch. purchase_status is the batch's view of the shipment:
-- queued_for_purchase, postage_purchased or postage_purchase_failed (EasyPost's names).
create table batch_shipments (
  tenant_id        text not null references tenants (id),
  batch_id         text not null references batches (id),
  shipment_id      text not null references shipments (id),
  position         bigserial not null,
  purchase_status  text not null default 'queued_for_purchase',
  error_code       text,
  error_message    text,
  primary key (batch_id, shipment_id)
);
create unique index batch_shipments_position on batch_shipments (batch_id, position);
-- A shipment belongs to at most one batch.
create unique index batch_shipments_shipment on batch_shipments (shipment_id);
