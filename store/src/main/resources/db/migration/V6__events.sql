-- Domain events (CONTRACT section 5): one row per fact of a tenant's data, written by the workflow
-- that changed it. The fact key names the change (e.g. "shipment:shp_...:purchased"), so a retried
-- or replayed emission finds its row and inserts nothing: an event id stands for one fact, and its
-- data, fixed when it was written, is what every later delivery of that id sends.
create table events (
  id           text primary key,
  tenant_id    text not null references tenants (id),
  fact_key     text not null,
  type         text not null,
  -- Not a foreign key: events outlive what they describe, and not every event is a shipment's.
  shipment_id  text,
  data         jsonb not null,
  created_at   timestamptz not null default now(),
  unique (tenant_id, fact_key)
);
create index events_tenant on events (tenant_id, id desc);
create index events_tenant_type on events (tenant_id, type, id desc);
create index events_tenant_shipment on events (tenant_id, shipment_id, id desc)
  where shipment_id is not null;
