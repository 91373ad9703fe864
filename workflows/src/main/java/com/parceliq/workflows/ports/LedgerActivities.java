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

  LedgerReceipt refundLabel(WalletPosting refund);
}
