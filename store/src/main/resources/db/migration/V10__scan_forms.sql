-- Scan forms (manifests): one carrier document that closes out purchased labels for hand-over.
-- The scan form workflow owns the state while it runs; these rows are what reads see. A form that
-- the carrier refused stays as 'failed' (its shipments released) so a retry with the same
-- Idempotency-Key, which derives the same id, can take it up again.
create table scan_forms (
  id                  text primary key,
  tenant_id           text not null references tenants (id),
  -- creating -> created, or failed
  status              text not null,
  carrier             text not null,
  -- null: the platform's own contract (the sandbox)
  carrier_account_id  text,
  from_address        jsonb not null,
  carrier_manifest_id text,
  form_bucket         text,
  form_key            text,
  form_format         text,
  last_error_code     text,
  last_error_message  text,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now()
);
create index scan_forms_tenant on scan_forms (tenant_id, id desc);

-- The shipments of a scan form, in request order. A shipment belongs to at most one scan form: the
-- primary key on shipment_id is what makes two concurrent scan forms unable to both take it.
create table scan_form_shipments (
  shipment_id    text primary key references shipments (id),
  tenant_id      text not null references tenants (id),
  scan_form_id   text not null references scan_forms (id),
  position       int not null,
  tracking_code  text not null,
  unique (scan_form_id, position)
);
create index scan_form_shipments_tenant_form on scan_form_shipments (tenant_id, scan_form_id);
