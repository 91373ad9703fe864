-- Issue 8: finished shipments move to S3; this index is what stays in PostgreSQL of each one.

-- Per tenant: days after a shipment's last change in a final state before archival takes it; null
-- means the platform default (parceliq.archival.default-retention, 90 days).
alter table tenants add column archive_retention_days integer
  check (archive_retention_days is null or archive_retention_days > 0);

-- One row per archived shipment, written in the same transaction that deletes its hot rows, so a
-- shipment is always either hot or archived, never both and never neither. The document is one
-- gzip member of a page object: a ranged GET of [byte_offset, byte_offset + byte_length) reads it.
create table shipment_archive_index (
  tenant_id            text not null references tenants (id),
  shipment_id          text not null,
  status               text not null,
  reference            text,
  tracking_code        text,
  carrier              text,
  shipment_created_at  timestamptz not null,
  shipment_updated_at  timestamptz not null,
  bucket               text not null,
  object_key           text not null,
  byte_offset          bigint not null check (byte_offset >= 0),
  byte_length          integer not null check (byte_length > 0),
  -- SHA-256 (hex) of the member's uncompressed JSON document: checked on every read.
  document_sha256      text not null,
  run_id               text not null,
  archived_at          timestamptz not null default now(),
  primary key (tenant_id, shipment_id)
);
create unique index shipment_archive_index_shipment on shipment_archive_index (shipment_id);

alter table shipment_archive_index enable row level security;
alter table shipment_archive_index force row level security;
create policy tenant_isolation on shipment_archive_index for all
  using (tenant_id = current_setting('parceliq.tenant_id', true)
         or current_setting('parceliq.tenant_scope', true) = 'system')
  with check (tenant_id = current_setting('parceliq.tenant_id', true)
              or current_setting('parceliq.tenant_scope', true) = 'system');

-- Batches, scan forms and pickups keep naming an archived shipment: their link rows stay, only
-- the foreign key to the hot row goes (the shipment lives on in the archive).
alter table batch_shipments drop constraint batch_shipments_shipment_id_fkey;
alter table scan_form_shipments drop constraint scan_form_shipments_shipment_id_fkey;
alter table pickup_shipments drop constraint pickup_shipments_shipment_id_fkey;

-- Finding the eligible shipments of a tenant: final state, last changed before the cutoff.
create index shipments_archivable on shipments (tenant_id, updated_at)
  where status in ('delivered', 'completed', 'voided', 'returned');
