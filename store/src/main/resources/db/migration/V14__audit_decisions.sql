-- Audit records for every authorization decision worth keeping (issue 7): who (principal), what
-- (action on a resource), the decision, and the request's correlation id. Privileged changes keep
-- their one-record-per-change rule through a dedup key; denials and other decisions have none, so
-- each one is kept.
alter table audit_records
  add column decision       text not null default 'allow' check (decision in ('allow', 'deny')),
  add column correlation_id text,
  add column dedup_key      text,
  alter column resource_id drop not null;

update audit_records set dedup_key = action || ':' || resource_type || ':' || resource_id;

alter table audit_records
  drop constraint audit_records_tenant_id_action_resource_type_resource_id_key;
create unique index audit_records_dedup on audit_records (tenant_id, dedup_key)
  where dedup_key is not null;

-- Append-only, whoever connects: no update, no delete.
create function audit_records_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_records is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_records_append_only
  before update or delete on audit_records
  for each row execute function audit_records_append_only();
