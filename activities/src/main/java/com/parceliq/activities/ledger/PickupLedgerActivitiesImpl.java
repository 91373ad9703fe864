package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.PickupFeeSettlement;
import com.parceliq.workflows.ports.PickupLedgerActivities;
import com.parceliq.workflows.ports.PickupPosting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Pickup fee postings, each exactly once per key, with the same rules as label postings: a hold is
 * the funds check, a settlement uses up at most what the pickup still holds, a release or refund
 * gives back at most what is left and posts nothing when nothing is.
 */
@ApplicationScoped
public class PickupLedgerActivitiesImpl implements PickupLedgerActivities {

  private final LedgerStore store;
  private final LedgerPoster poster;

  @Inject
  public PickupLedgerActivitiesImpl(LedgerStore store) {
    this.store = store;
    this.poster = new LedgerPoster(store);
  }

  @Override
  @Transactional
  public LedgerReceipt holdPickupFee(PickupPosting hold) {
    LedgerPoster.requirePositive(hold.amount());
    return poster.postLocked(
        hold.tenantId(),
        hold.idempotencyKey(),
        hold.amount().currency(),
        () -> {
          poster.requireFunds(hold.tenantId(), hold.amount());
          return Optional.of(
              LedgerEntry.pickupHold(
                  hold.tenantId(), hold.pickupId(), hold.idempotencyKey(), hold.amount()));
        });
  }

  /** The fee is owed whatever is left of the hold: the carrier has scheduled the pickup. */
  @Override
  @Transactional
  public LedgerReceipt settlePickupFee(PickupFeeSettlement settlement) {
    LedgerPoster.requirePositive(settlement.charged());
    String currency = settlement.charged().currency();
    return poster.postLocked(
        settlement.tenantId(),
        settlement.idempotencyKey(),
        currency,
        () -> {
          Money stillHeld = held(settlement.tenantId(), settlement.pickupId(), currency);
          Money used = settlement.held().atMost(stillHeld);
          return Optional.of(
              LedgerEntry.pickupFee(
                  settlement.tenantId(),
                  settlement.pickupId(),
                  settlement.idempotencyKey(),
                  used,
                  settlement.charged(),
                  settlement.description()));
        });
  }

  @Override
  @Transactional
  public LedgerReceipt releasePickupHold(PickupPosting release) {
    LedgerPoster.requirePositive(release.amount());
    String currency = release.amount().currency();
    return poster.postLocked(
        release.tenantId(),
        release.idempotencyKey(),
        currency,
        () -> {
          Money stillHeld = held(release.tenantId(), release.pickupId(), currency);
          if (!stillHeld.exceedsZero()) {
            return Optional.empty();
          }
          Money amount = release.amount().atMost(stillHeld);
          return Optional.of(
              LedgerEntry.pickupHoldRelease(
                  release.tenantId(), release.pickupId(), release.idempotencyKey(), amount));
        });
  }

  @Override
  @Transactional
  public LedgerReceipt refundPickupFee(PickupPosting refund) {
    LedgerPoster.requirePositive(refund.amount());
    String currency = refund.amount().currency();
    return poster.postLocked(
        refund.tenantId(),
        refund.idempotencyKey(),
        currency,
        () -> {
          Money refundable =
              new Money(
                  store.unrefundedPickupFees(refund.tenantId(), refund.pickupId(), currency),
                  currency);
          if (!refundable.exceedsZero()) {
            return Optional.empty();
          }
          Money amount = refund.amount().atMost(refundable);
          store.auditRefund(
              refund.tenantId(), "pickup", refund.pickupId(), refund.idempotencyKey(), amount);
          return Optional.of(
              LedgerEntry.pickupFeeRefund(
                  refund.tenantId(),
                  refund.pickupId(),
                  refund.idempotencyKey(),
                  amount,
                  refund.description()));
        });
  }

  private Money held(String tenantId, String pickupId, String currency) {
    return new Money(store.heldForPickup(tenantId, pickupId, currency), currency);
  }
}
