package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Postings other activities make inside their own transaction, so what they record and the money
 * they move commit together (a reconciliation page with its adjustments, a claim's payout with its
 * state). Each posts exactly once per idempotency key and answers the entry's id, new or found.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LedgerWrites {

  private final LedgerPoster poster;

  @Inject
  public LedgerWrites(LedgerStore store) {
    this.poster = new LedgerPoster(store);
  }

  /**
   * {@code amount} signed: negative charges the tenant's wallet (overbilled, re-weighed), positive
   * credits it (underbilled). The wallet may go below zero: the carrier billed it either way.
   */
  public String postCarrierAdjustment(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    LedgerPoster.requireUsd(amount);
    if (amount.amount().signum() == 0) {
      throw new IllegalArgumentException("a carrier adjustment must not be zero");
    }
    return poster.insertOnceReturningId(
        LedgerEntry.carrierAdjustment(tenantId, shipmentId, key, amount, description));
  }

  /** Credits the tenant's wallet with an approved claim; {@code amount} must be positive. */
  public String postClaimPayout(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    LedgerPoster.requirePositive(amount);
    return poster.insertOnceReturningId(
        LedgerEntry.claimPayout(tenantId, shipmentId, key, amount, description));
  }
}
