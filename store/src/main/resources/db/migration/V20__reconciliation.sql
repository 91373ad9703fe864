-- Carrier invoice reconciliation (issue 9, docs/reconciliation.md). A run belongs to one tenant: it
-- reconciles the invoice of that tenant's labels with one carrier. Its lines are staged here while
-- the file is parsed (so memory stays bounded however long the file), then classified per tracking
-- code; the report goes to S3.

create table reconciliation_runs (
  id                 text primary key,
  tenant_id          text not null references tenants (id),
  carrier            text not null,
  -- sandbox | ups | fedex, told by the file's header row.
  format             text,
  source             text not null check (source in ('upload', 's3_key', 'inbox')),
  object_bucket      text not null,
  object_key         text not null,
  object_bytes       bigint,
  invoice_number     text,
  status             text not null check (status in
                       ('pending', 'parsing', 'classifying', 'reporting', 'completed', 'failed')),
  bytes_read         bigint not null default 0,
  lines_parsed       bigint not null default 0,
  labels_classified  bigint not null default 0,
  -- Byte offsets at which a parse attempt started: more than one means it resumed after a crash.
  parse_starts       bigint[] not null default '{}',
  -- Per classification: {"matched": {"labels": n, "billed": "1.23", "difference": "0.00"}, ...}
  summary            jsonb not null default '{}'::jsonb,
  billed_total       numeric(14, 2),
  expected_total     numeric(14, 2),
  posted_total       numeric(14, 2),
  report_bucket      text,
  report_key         text,
  failure_code       text,
  failure_message    text,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  completed_at       timestamptz
);
create index reconciliation_runs_tenant on reconciliation_runs (tenant_id, id desc);
-- A file in a tenant's inbox is reconciled once, however often the schedule lists it.
create unique index reconciliation_runs_inbox_object on reconciliation_runs (tenant_id, object_bucket, object_key)
  where source = 'inbox';

-- One row per charge line of the file, as parsed (line_no counts data lines from 1).
create table reconciliation_lines (
  run_id            text not null references reconciliation_runs (id) on delete cascade,
  tenant_id         text not null references tenants (id),
  line_no           bigint not null,
  invoice_number    text not null,
  invoice_date      date not null,
  tracking_code     text not null,
  service           text,
  billed_weight_oz  integer,
  -- base | fuel | residential | adjustment | other (each format maps its own names to these)
  charge_type       text not null,
  amount            numeric(14, 2) not null,
  currency          text not null,
  primary key (run_id, line_no)
);
create index reconciliation_lines_tracking on reconciliation_lines (run_id, tracking_code);

-- One row per tracking code of a run: what it was classified as and what was posted for it.
create table reconciliation_labels (
  run_id           text not null references reconciliation_runs (id) on delete cascade,
  tenant_id        text not null references tenants (id),
  tracking_code    text not null,
  shipment_id      text,
  -- matched | overbilled | underbilled | weight_adjustment | duplicate_charge | billed_but_voided
  -- | unknown_tracking_code
  classification   text not null,
  lines            integer not null,
  billed           numeric(14, 2) not null,
  expected         numeric(14, 2),
  difference       numeric(14, 2),
  posted           numeric(14, 2),
  ledger_entry_id  text,
  note             text,
  primary key (run_id, tracking_code)
);

-- Which invoice billed which label, across runs: a label whose base charge another invoice already
-- billed is a duplicate charge; the same invoice reconciled again is not, and a later invoice that
-- only adjusts a label (no base charge) is an adjustment.
create table carrier_billed_labels (
  tenant_id       text not null references tenants (id),
  carrier         text not null,
  tracking_code   text not null,
  invoice_number  text not null,
  run_id          text not null,
  billed          numeric(14, 2) not null,
  base_billed     boolean not null,
  created_at      timestamptz not null default now(),
  primary key (tenant_id, carrier, tracking_code, invoice_number)
);

do $$
declare t text;
begin
  foreach t in array array['reconciliation_runs', 'reconciliation_lines', 'reconciliation_labels',
                           'carrier_billed_labels'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I for all
      using (tenant_id = current_setting('parceliq.tenant_id', true)
             or current_setting('parceliq.tenant_scope', true) = 'system')
      with check (tenant_id = current_setting('parceliq.tenant_id', true)
                  or current_setting('parceliq.tenant_scope', true) = 'system')$p$, t);
  end loop;
end $$;
