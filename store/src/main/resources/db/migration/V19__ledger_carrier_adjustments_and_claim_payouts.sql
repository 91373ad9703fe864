-- Two new movements of money (issue 9). A carrier adjustment passes a carrier's invoice difference
-- on to the tenant and is signed like an operator's adjustment: positive credits the wallet (the
-- carrier billed less than quoted), negative debits it (overbilled, re-weighed). A claim payout
-- credits the wallet with what the carrier approved; it stays positive like every other kind.
alter table ledger_transactions drop constraint ledger_transactions_amount_check;
alter table ledger_transactions add constraint ledger_transactions_amount_check
  check (amount > 0 or (kind in ('adjustment', 'carrier_adjustment') and amount <> 0));
