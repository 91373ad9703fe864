-- Charges on a shipment beyond its label (reroute fees), as the API lists them:
-- [{"type": "reroute_fee", "amount": "7.50", "currency": "USD"}]. Written by the
-- shipment workflow's read-model activity; the ledger keeps the money movement.
alter table shipments add column fees jsonb not null default '[]'::jsonb;
