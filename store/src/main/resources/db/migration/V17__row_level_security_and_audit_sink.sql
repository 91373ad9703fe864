-- Issue 7, defence in depth: PostgreSQL row-level security on every table holding tenant data, and
-- a durable cursor for forwarding audit records to the Sentinel event sink.

-- 1. The role application connections act as (SET ROLE on every pool acquisition): no superuser,
--    no BYPASSRLS, so the policies below bind it. Only migrations act as the owner role itself.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'parceliq_app') then
    create role parceliq_app nologin nosuperuser nobypassrls;
  end if;
  -- A non-superuser owner must be a member to SET ROLE; a superuser may switch to any role.
  if not (select rolsuper from pg_roles where rolname = current_user) then
    execute format('grant parceliq_app to %I', current_user);
  end if;
end;
$$;

grant usage on schema public to parceliq_app;
grant select, insert, update, delete on all tables in schema public to parceliq_app;
grant usage, select on all sequences in schema public to parceliq_app;
-- Tables created by later migrations (run by this owner) are usable by the application too; the
-- RLS test (EveryTenantTableIsRowSecuredIT) catches a later table with tenant_id and no policy.
alter default privileges in schema public
  grant select, insert, update, delete on tables to parceliq_app;
alter default privileges in schema public grant usage, select on sequences to parceliq_app;

-- 2. Every table with a tenant_id column: RLS enabled and forced (the owner is bound too), one
--    policy: a row is visible and writable only in its tenant's scope, or in the explicit system
--    scope. No scope set means both settings are empty: no row passes (fail closed).
do $$
declare
  t record;
begin
  for t in
    select c.table_name
    from information_schema.columns c
    join information_schema.tables tb
      on tb.table_schema = c.table_schema and tb.table_name = c.table_name
    where c.table_schema = 'public' and c.column_name = 'tenant_id'
      and tb.table_type = 'BASE TABLE'
  loop
    execute format('alter table %I enable row level security', t.table_name);
    execute format('alter table %I force row level security', t.table_name);
    execute format('drop policy if exists tenant_isolation on %I', t.table_name);
    execute format(
      'create policy tenant_isolation on %I for all'
      || ' using (tenant_id = current_setting(''parceliq.tenant_id'', true)'
      || ' or current_setting(''parceliq.tenant_scope'', true) = ''system'')'
      || ' with check (tenant_id = current_setting(''parceliq.tenant_id'', true)'
      || ' or current_setting(''parceliq.tenant_scope'', true) = ''system'')',
      t.table_name);
  end loop;
end;
$$;

-- 3. Audit forwarding. Record ids sort by creation time, not by commit: a record written early in
--    a long transaction commits after later ones, and a cursor on ids would skip it. The writing
--    transaction's id does order safely: every record with a transaction id below the oldest
--    running transaction (pg_snapshot_xmin) is committed or gone for good, so a cursor on
--    (tx_id, id) that only moves below that horizon never skips one. Adding a column rewrites no
--    record's content (the append-only trigger guards updates and deletes of rows).
alter table audit_records add column tx_id xid8 not null default pg_current_xact_id();
create index audit_records_forwarding on audit_records (tx_id, id);

-- The last record forwarded to each sink; a sink starts from the beginning.
create table audit_sink_cursors (
  sink            text primary key,
  last_tx_id      xid8 not null,
  last_record_id  text not null,
  updated_at      timestamptz not null default now()
);
