-- Tenant pricing rules (docs/adr/0007-tenant-pricing.md): a signed percentage or flat adjustment of
-- the carrier's rate, for a carrier and service (null = any), with an optional minimum charge.
-- Deleted rules keep their row (deleted_at set): rates' explanations name the rule that priced them.
create table pricing_rules (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  carrier           text,
  service           text,
  adjustment        text not null check (adjustment in ('percent', 'flat')),
  value             numeric(14, 2) not null,
  minimum_amount    numeric(14, 2) check (minimum_amount >= 0),
  minimum_currency  text,
  created_at        timestamptz not null default now(),
  deleted_at        timestamptz,
  check ((minimum_amount is null) = (minimum_currency is null)),
  check (adjustment <> 'percent' or value >= -100)
);
create index pricing_rules_active on pricing_rules (tenant_id, id desc) where deleted_at is null;

-- A rate's amount is the tenant's price; list_amount is the carrier's, pricing says how one became
-- the other. Rates stored before pricing existed were priced at the carrier's rate.
alter table rates add column list_amount numeric(14, 2);
alter table rates add column pricing text;
update rates set list_amount = amount, pricing = 'carrier rate, no pricing rule';
alter table rates alter column list_amount set not null;
alter table rates alter column pricing set not null;
