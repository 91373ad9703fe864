-- Trackers (CONTRACT section 3, GET /v1/trackers/{id}): a bought label's carrier tracking. The
-- shipment workflow owns it (it orders and deduplicates the carrier's scans); this row is what
-- reads see. The id derives from the shipment's (trk_X for shp_X), so a tracker can be read before
-- the carrier ever said anything; until then there is no row and the shipment stands in for it.
create table trackers (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  shipment_id       text not null unique references shipments (id),
  carrier           text not null,
  tracking_code     text not null,
  -- The newest scan's status (EasyPost's names: pre_transit, in_transit, delivered...).
  status            text not null,
  -- Every scan, oldest first: [{status, message, location, datetime}].
  tracking_details  jsonb not null default '[]'::jsonb,
  -- The carrier's timestamp of the newest scan.
  last_event_at     timestamptz,
  -- When the poller last asked the carrier (null: never).
  checked_at        timestamptz,
  updated_at        timestamptz not null default now()
);
create index trackers_tenant on trackers (tenant_id, id);

-- Carrier webhooks name a parcel by its carrier and tracking code only, across all tenants.
create index shipments_carrier_tracking on shipments (carrier, tracking_code)
  where tracking_code is not null;

-- The poller pages the shipments whose parcel is on its way.
create index shipments_tracked on shipments (id)
  where status in ('purchased', 'rerouted', 'in_transit', 'out_for_delivery');
