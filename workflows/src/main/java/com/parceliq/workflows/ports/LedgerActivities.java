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

  /**
   * Sets the quoted amount aside for a purchase (wallet to the holds account): the available
   * balance drops, nothing is owed to the carrier yet. Fails with {@code WALLET.INSUFFICIENT_FUNDS}
   * when the available balance does not cover it.
   */
  LedgerReceipt holdFunds(WalletPosting hold);

  /**
   * Turns the shipment's hold into the label charge: the carrier's actual charge becomes payable to
   * the carrier, what the hold had beyond it returns to the wallet, and a charge above the hold
   * draws the difference from the wallet (a label already bought is paid even if that overdraws).
   */
  LedgerReceipt settleLabel(LabelSettlement settlement);

  /**
   * Returns to the wallet what is still held for the shipment, at most {@code amount}. Registered
   * as a compensation before the hold, so it may run when nothing is held: it then posts nothing.
   */
  LedgerReceipt releaseHold(WalletPosting release);

  /**
   * Credits back a settled label charge of the same shipment. Registered as a compensation before
   * the settlement, so it may run when nothing was settled: it never credits more than the
   * shipment's label charges not yet refunded, and credits nothing when there are none.
   */
  LedgerReceipt refundLabel(WalletPosting refund);

  /**
   * The fee a carrier charged for an accepted reroute: from the wallet to the carrier payable
   * account, without a funds check (the carrier has already done the work).
   */
  LedgerReceipt chargeRerouteFee(WalletPosting fee);

  /**
   * A privileged manual correction: a positive amount credits the wallet, a negative one debits it
   * (against the adjustments account). Audited by the caller.
   */
  LedgerReceipt adjust(LedgerAdjustment adjustment);
}
