-- Reconciliation pages that stay O(page) for the workers' role (parceliq_app, under row-level
-- security). The policy's OR predicate is estimated as very selective, so a "next n codes" query
-- with ORDER BY ... LIMIT planned a scan of the whole run per page. Pages are therefore bounded
-- windows of line numbers behind a cursor, not ranges of tracking codes (docs/reconciliation.md).

-- Where classification stands: every tracking code whose first line is at or before this line is
-- classified. Written in the page's transaction with its labels, so a crash loses none or all.
alter table reconciliation_runs add column classified_through_line bigint not null default 0;

-- Finding an archived label of a tenant by tracking code (reconciliation's match), instead of
-- scanning the tenant's whole index.
create index shipment_archive_index_tracking on shipment_archive_index (tenant_id, tracking_code);
