package com.parceliq.activities.ledger;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Double-entry postings, each exactly once per idempotency key: a retried activity (or a second
 * worker racing the first) finds the entry already there and returns its receipt unchanged.
 * Postings that read the wallet or a shipment's holds to decide their amount take the tenant's
 * wallet lock first, so two of them never decide on the same balance.
 */
@ApplicationScoped
public class LedgerActivitiesImpl implements LedgerActivities {

  private final LedgerStore store;
  private final LedgerPoster poster;

  @Inject
  public LedgerActivitiesImpl(LedgerStore store) {
    this.store = store;
    this.poster = new LedgerPoster(store);
  }

  @Override
  @Transactional
  public LedgerReceipt deposit(DepositRequest request) {
    // The deposit id identifies the deposit when the caller sent no key of its own.
    String key =
        request.idempotencyKey() == null || request.idempotencyKey().isBlank()
            ? "deposit:" + request.depositId()
            : request.idempotencyKey();
    LedgerPoster.requirePositive(request.amount());
    return poster.insertOnce(
        LedgerEntry.deposit(
            request.tenantId(), key, request.amount(), "Wallet deposit " + request.depositId()));
  }

  @Override
  @Transactional
  public LedgerReceipt holdFunds(WalletPosting hold) {
    LedgerPoster.requirePositive(hold.amount());
    return poster.postLocked(
        hold.tenantId(),
        hold.idempotencyKey(),
        hold.amount().currency(),
        () -> {
          poster.requireFunds(hold.tenantId(), hold.amount());
          return Optional.of(
              LedgerEntry.hold(
                  hold.tenantId(),
                  hold.shipmentId(),
                  hold.idempotencyKey(),
                  hold.amount(),
                  hold.description()));
        });
  }

  /**
   * Uses up at most what the shipment still holds: should the hold be smaller than the settlement
   * says (or gone), the wallet pays the rest, because the label is bought either way. The tenant
   * pays the quoted price plus the carrier's difference; the margin goes to {@code pricing_margin}.
   */
  @Override
  @Transactional
  public LedgerReceipt settleLabel(LabelSettlement settlement) {
    LedgerPoster.requirePositive(settlement.charged());
    String currency = settlement.charged().currency();
    return poster.postLocked(
        settlement.tenantId(),
        settlement.idempotencyKey(),
        currency,
        () -> {
          Money stillHeld = heldFor(settlement.tenantId(), settlement.shipmentId(), currency);
          Money used = settlement.held().atMost(stillHeld);
          return Optional.of(
              LedgerEntry.labelSettlement(
                  settlement.tenantId(),
                  settlement.shipmentId(),
                  settlement.idempotencyKey(),
                  new LedgerEntry.LabelPrice(settlement.held(), settlement.quotedByCarrier()),
                  used,
                  settlement.charged(),
                  settlement.description()));
        });
  }

  @Override
  @Transactional
  public LedgerReceipt releaseHold(WalletPosting release) {
    LedgerPoster.requirePositive(release.amount());
    String currency = release.amount().currency();
    return poster.postLocked(
        release.tenantId(),
        release.idempotencyKey(),
        currency,
        () -> {
          Money stillHeld = heldFor(release.tenantId(), release.shipmentId(), currency);
          if (!stillHeld.exceedsZero()) {
            return Optional.empty();
          }
          Money amount = release.amount().atMost(stillHeld);
          return Optional.of(
              LedgerEntry.holdRelease(
                  release.tenantId(),
                  release.shipmentId(),
                  release.idempotencyKey(),
                  amount,
                  release.description()));
        });
  }

  /**
   * Refunds at most what the shipment's label charges still hold: the saga registers this refund
   * before its settlement, so it may run when nothing was settled, and must then post nothing. The
   * pricing margin the settlement earned is given back with it (a part refund gives back its
   * share).
   */
  @Override
  @Transactional
  public LedgerReceipt refundLabel(WalletPosting refund) {
    LedgerPoster.requirePositive(refund.amount());
    String currency = refund.amount().currency();
    return poster.postLocked(
        refund.tenantId(),
        refund.idempotencyKey(),
        currency,
        () -> {
          Money refundable =
              new Money(
                  store.unrefundedLabelCharges(refund.tenantId(), refund.shipmentId(), currency),
                  currency);
          if (!refundable.exceedsZero()) {
            return Optional.empty();
          }
          Money amount = refund.amount().atMost(refundable);
          Money margin =
              RefundShares.margin(
                  amount,
                  refundable,
                  new Money(
                      store.unreversedMargin(refund.tenantId(), refund.shipmentId(), currency),
                      currency));
          store.auditRefund(
              refund.tenantId(), "shipment", refund.shipmentId(), refund.idempotencyKey(), amount);
          return Optional.of(
              LedgerEntry.labelRefund(
                  refund.tenantId(),
                  refund.shipmentId(),
                  refund.idempotencyKey(),
                  amount,
                  margin,
                  refund.description()));
        });
  }

  @Override
  @Transactional
  public LedgerReceipt chargeRerouteFee(WalletPosting fee) {
    LedgerPoster.requirePositive(fee.amount());
    return poster.insertOnce(
        LedgerEntry.rerouteFee(
            fee.tenantId(),
            fee.shipmentId(),
            fee.idempotencyKey(),
            fee.amount(),
            fee.description()));
  }

  /** A debit never takes the available balance below zero: an operator sees why and decides. */
  @Override
  @Transactional
  public LedgerReceipt adjust(LedgerAdjustment adjustment) {
    Money amount = adjustmentAmount(adjustment);
    LedgerPoster.requireUsd(amount);
    if (amount.amount().signum() == 0) {
      throw ApplicationFailure.newNonRetryableFailure(
          "an adjustment must not be zero", ErrorCode.REQUEST_INVALID.code());
    }
    return poster.postLocked(
        adjustment.tenantId(),
        adjustment.idempotencyKey(),
        amount.currency(),
        () -> {
          if (amount.belowZero()) {
            poster.requireFunds(adjustment.tenantId(), amount.negate());
          }
          return Optional.of(
              LedgerEntry.adjustment(
                  adjustment.tenantId(),
                  adjustment.idempotencyKey(),
                  amount,
                  "Adjustment: " + adjustment.reason()));
        });
  }

  /** A malformed amount is refused for good: retrying the same input would never succeed. */
  private static Money adjustmentAmount(LedgerAdjustment adjustment) {
    try {
      return new Money(adjustment.amount(), adjustment.currency());
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw ApplicationFailure.newNonRetryableFailure(
          "an adjustment needs an amount with at most two decimal places and a currency: "
              + malformed.getMessage(),
          ErrorCode.REQUEST_INVALID.code());
    }
  }

  private Money heldFor(String tenantId, String shipmentId, String currency) {
    return new Money(store.heldForShipment(tenantId, shipmentId, currency), currency);
  }
}
