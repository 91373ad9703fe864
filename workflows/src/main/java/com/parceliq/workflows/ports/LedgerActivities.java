package com.parceliq.workflows.ports;

import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.activity.ActivityInterface;

/**
 * Double-entry postings to the tenant's ledger. Each call is idempotent by its key. A charge the
 * wallet cannot cover fails with non-retryable {@code WALLET.INSUFFICIENT_FUNDS}.
 */
@ActivityInterface
public interface LedgerActivities {

  LedgerReceipt deposit(DepositRequest request);

  LedgerReceipt chargeLabel(WalletPosting charge);

  /**
   * Credits back a label charge of the same shipment. The purchase saga registers this compensation
   * before it charges (a charge can be posted and still report a failure), so it may run when no
   * charge was posted: it must never credit more than the shipment's label charges not yet
   * refunded, and credits nothing when there are none.
   */
  LedgerReceipt refundLabel(WalletPosting refund);
}
