-- The retention cleanup (API, parceliq.api.idempotency.retention) finds expired idempotency records
-- by age across all tenants; without this index every run scans the whole table.
create index idempotency_records_created_at on idempotency_records (created_at);
