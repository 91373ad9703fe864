-- Where the carrier's refund of a voided label stands: null until a void, then
-- submitted, refunded or rejected.
alter table shipments add column refund_status text;
