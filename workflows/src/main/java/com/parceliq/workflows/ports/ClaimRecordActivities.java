package com.parceliq.workflows.ports;

import com.parceliq.workflows.claims.ClaimSnapshot;
import io.temporal.activity.ActivityInterface;

/**
 * The claim read model and its payout, on {@code shipping}. Each call writes absolute values, so a
 * retry leaves the same rows behind.
 */
@ActivityInterface
public interface ClaimRecordActivities {

  /**
   * Records the submitted claim and its evidence. Fails with non-retryable {@code
   * CLAIM.INVALID_STATE} when the shipment already has another open claim.
   */
  void recordClaimSubmitted(ClaimSnapshot claim);

  /** Brings the claim's row to {@code claim} (status, carrier id, decision, needs attention). */
  void recordClaimState(ClaimSnapshot claim);

  /**
   * Credits the approved amount to the tenant's wallet once (ledger key {@code claim:<clm>:payout})
   * and marks the claim paid, in one transaction; returns the ledger entry.
   */
  String payClaim(ClaimSnapshot claim);
}
