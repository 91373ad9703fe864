-- Claims (issue 9, docs/claims.md): a tenant asks to be paid for a lost, damaged or delayed parcel.
-- One ClaimWorkflow per claim writes these rows; the API only reads them. Evidence files live in
-- S3 (parceliq-claims); claim_evidence records where, and what they hashed to on upload.

create table claims (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  shipment_id       text not null,
  type              text not null check (type in ('lost', 'damaged', 'delayed')),
  amount            numeric(14, 2) not null check (amount > 0),
  currency          text not null,
  description       text not null,
  status            text not null check (status in ('submitted', 'filed', 'approved', 'denied', 'paid')),
  -- The carrier of the label; carrier_claim_id is null while not filed, or when the carrier has no
  -- claims capability and the claim is handled by an operator.
  carrier           text not null,
  carrier_claim_id  text,
  approved_amount   numeric(14, 2) check (approved_amount is null or approved_amount >= 0),
  decided_by        text check (decided_by in ('carrier', 'operator')),
  decision_reason   text,
  deadline_at       timestamptz not null,
  needs_attention   boolean not null default false,
  ledger_entry_id   text,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
create index claims_tenant on claims (tenant_id, created_at desc, id desc);
-- At most one open claim per shipment: a second one waits until the first is denied or paid.
create unique index claims_one_open_per_shipment on claims (tenant_id, shipment_id)
  where status not in ('denied', 'paid');

create table claim_evidence (
  claim_id      text not null references claims (id),
  tenant_id     text not null references tenants (id),
  position      int not null check (position >= 0),
  filename      text not null,
  content_type  text not null,
  size          bigint not null check (size >= 0),
  sha256        text not null,
  bucket        text not null,
  key           text not null,
  primary key (claim_id, position)
);

do $$
declare t text;
begin
  foreach t in array array['claims', 'claim_evidence'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I for all
      using (tenant_id = current_setting('parceliq.tenant_id', true)
             or current_setting('parceliq.tenant_scope', true) = 'system')
      with check (tenant_id = current_setting('parceliq.tenant_id', true)
                  or current_setting('parceliq.tenant_scope', true) = 'system')$p$, t);
  end loop;
end $$;
