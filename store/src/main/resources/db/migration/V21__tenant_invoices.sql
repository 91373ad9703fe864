-- Monthly tenant statements (issue 9, docs/invoices.md, ADR 0015). One per tenant and calendar month
-- (UTC): the tenant's funds (wallet + wallet_holds) at the month's start and end, what moved them
-- per ledger kind, and the statement files (CSV of every line, PDF) in the invoices bucket. Written
-- once by the invoicing activity; the unique (tenant, period) makes a re-run issue nothing twice.

create table tenant_invoices (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  -- 'YYYY-MM', the calendar month in UTC: [period_start, period_end)
  period            text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  period_start      timestamptz not null,
  period_end        timestamptz not null,
  currency          text not null,
  opening_balance   numeric(14, 2) not null,
  closing_balance   numeric(14, 2) not null,
  -- What moved the funds, per ledger kind: {"deposit": "100.00", "label_purchase": "-7.50", ...}
  totals            jsonb not null,
  line_count        integer not null,
  csv_bucket        text not null,
  csv_key           text not null,
  csv_sha256        text not null,
  pdf_bucket        text not null,
  pdf_key           text not null,
  pdf_sha256        text not null,
  issued_at         timestamptz not null default now(),
  workflow_run_id   text,
  unique (tenant_id, period),
  check (period_end > period_start)
);
create index tenant_invoices_tenant on tenant_invoices (tenant_id, id desc);

alter table tenant_invoices enable row level security;
alter table tenant_invoices force row level security;
create policy tenant_isolation on tenant_invoices for all
  using (tenant_id = current_setting('parceliq.tenant_id', true)
         or current_setting('parceliq.tenant_scope', true) = 'system')
  with check (tenant_id = current_setting('parceliq.tenant_id', true)
              or current_setting('parceliq.tenant_scope', true) = 'system');

-- A statement reads one tenant's ledger of one month.
create index ledger_transactions_tenant_created on ledger_transactions (tenant_id, created_at, id);
