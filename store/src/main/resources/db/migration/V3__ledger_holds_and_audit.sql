-- Wallet holds and operator adjustments need no new ledger table: holds are postings to the
-- wallet_holds account, adjustments postings to the adjustments account. An adjustment is the one
-- entry whose amount is signed (a debit of the wallet is negative); every other kind stays positive.
alter table ledger_transactions drop constraint ledger_transactions_amount_check;
alter table ledger_transactions add constraint ledger_transactions_amount_check
  check (amount > 0 or (kind = 'adjustment' and amount <> 0));

-- Who did what to which tenant's data, written by privileged operations. Append-only.
create table audit_records (
  id             text primary key,
  tenant_id      text not null references tenants (id),
  actor          text not null,
  action         text not null,
  resource_type  text not null,
  resource_id    text not null,
  details        jsonb not null default '{}'::jsonb,
  request_id     text,
  created_at     timestamptz not null default now(),
  -- One record per action on a resource: a replayed request cannot audit the same change twice.
  unique (tenant_id, action, resource_type, resource_id)
);
create index audit_records_tenant on audit_records (tenant_id, id desc);
