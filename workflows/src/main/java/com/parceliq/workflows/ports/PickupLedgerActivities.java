package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/**
 * Postings of pickup fees, each idempotent by its key. They run as regular activities on {@code
 * billing}, never local ones: they are decided inside update handlers, and a local activity runs
 * before the update's acceptance is durable (a failed and retried workflow task could let another
 * update win and orphan the posting).
 */
@ActivityInterface
public interface PickupLedgerActivities {

  /**
   * Sets the pickup fee aside (wallet to holds); fails with non-retryable {@code
   * WALLET.INSUFFICIENT_FUNDS} when the available balance does not cover it.
   */
  LedgerReceipt holdPickupFee(PickupPosting hold);

  /** Pays the carrier's fee from the pickup's hold; the wallet pays or gets back the difference. */
  LedgerReceipt settlePickupFee(PickupFeeSettlement settlement);

  /** Returns what the pickup still holds, at most {@code amount}; posts nothing when none is. */
  LedgerReceipt releasePickupHold(PickupPosting release);

  /** Credits back the pickup's fees not yet refunded, at most {@code amount}; else nothing. */
  LedgerReceipt refundPickupFee(PickupPosting refund);
}
