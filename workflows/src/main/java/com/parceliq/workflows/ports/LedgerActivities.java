package com.parceliq.workflows.ports;

import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.activity.ActivityInterface;

/**
 * Double-entry postings to the tenant's ledger. Each call is idempotent by its key: posting the
 * same key again changes nothing and returns the first receipt. Calls that draw on the wallet fail
 * with non-retryable {@code WALLET.INSUFFICIENT_FUNDS} when its available balance is short.
 */
@ActivityInterface
public interface LedgerActivities {

  LedgerReceipt deposit(DepositRequest request);

  LedgerReceipt chargeLabel(WalletPosting charge);

  /**
   * Credits back a label charge of the same shipment. Registered as a compensation before the
   * charge, so it may run when nothing was charged: it never credits more than the shipment's label
   * charges not yet refunded, and credits nothing when there are none.
   */
  LedgerReceipt refundLabel(WalletPosting refund);

  /**
   * The fee a carrier charged for an accepted reroute: from the wallet to the carrier payable
   * account, without a funds check (the carrier has already done the work).
   */
  LedgerReceipt chargeRerouteFee(WalletPosting fee);
}
