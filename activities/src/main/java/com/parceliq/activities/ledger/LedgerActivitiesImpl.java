package com.parceliq.activities.ledger;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Double-entry postings, each exactly once per idempotency key: a retried activity (or a second
 * worker racing the first) finds the entry already there and returns its receipt unchanged.
 */
@ApplicationScoped
public class LedgerActivitiesImpl implements LedgerActivities {

  private final LedgerStore store;

  @Inject
  public LedgerActivitiesImpl(LedgerStore store) {
    this.store = store;
  }

  @Override
  @Transactional
  public LedgerReceipt deposit(DepositRequest request) {
    // The deposit id identifies the deposit when the caller sent no key of its own.
    String key =
        request.idempotencyKey() == null || request.idempotencyKey().isBlank()
            ? "deposit:" + request.depositId()
            : request.idempotencyKey();
    return post(
        LedgerEntry.deposit(
            request.tenantId(), key, request.amount(), "Wallet deposit " + request.depositId()),
        false);
  }

  @Override
  @Transactional
  public LedgerReceipt chargeLabel(WalletPosting charge) {
    return post(
        LedgerEntry.labelCharge(
            charge.tenantId(),
            charge.shipmentId(),
            charge.idempotencyKey(),
            charge.amount(),
            charge.description()),
        true);
  }

  /**
   * Refunds at most what the shipment's label charges still hold: the saga registers this refund
   * before its charge, so it may run when the charge never posted, and must then post nothing.
   */
  @Override
  @Transactional
  public LedgerReceipt refundLabel(WalletPosting refund) {
    requirePostable(refund.amount());
    store.lockWallet(refund.tenantId());
    var posted = store.findEntryId(refund.tenantId(), refund.idempotencyKey());
    if (posted.isPresent()) {
      return receipt(posted.get(), refund.tenantId(), refund.amount().currency());
    }
    Money refundable =
        new Money(
            store.unrefundedLabelCharges(
                refund.tenantId(), refund.shipmentId(), refund.amount().currency()),
            refund.amount().currency());
    if (!refundable.exceedsZero()) {
      return receipt(null, refund.tenantId(), refund.amount().currency());
    }
    Money amount = refundable.isLessThan(refund.amount()) ? refundable : refund.amount();
    return post(
        LedgerEntry.labelRefund(
            refund.tenantId(),
            refund.shipmentId(),
            refund.idempotencyKey(),
            amount,
            refund.description()),
        false);
  }

  @Override
  @Transactional
  public LedgerReceipt chargeRerouteFee(WalletPosting fee) {
    return post(
        LedgerEntry.rerouteFee(
            fee.tenantId(),
            fee.shipmentId(),
            fee.idempotencyKey(),
            fee.amount(),
            fee.description()),
        false);
  }

  private LedgerReceipt post(LedgerEntry entry, boolean drawsOnWallet) {
    requirePostable(entry.amount());
    if (drawsOnWallet) {
      // Taken before reading anything, so two charges cannot both pass the balance check.
      store.lockWallet(entry.tenantId());
    }
    var posted = store.findEntryId(entry.tenantId(), entry.idempotencyKey());
    if (posted.isPresent()) {
      return receipt(posted.get(), entry);
    }
    if (drawsOnWallet) {
      requireFunds(entry);
    }
    String entryId = Ids.newId(IdPrefix.LEDGER_ENTRY);
    if (!store.insertIfAbsent(entryId, entry, Instant.now())) {
      String winner =
          store
              .findEntryId(entry.tenantId(), entry.idempotencyKey())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "ledger key " + entry.idempotencyKey() + " conflicted but is not found"));
      return receipt(winner, entry);
    }
    store.addPostings(entryId, entry);
    return receipt(entryId, entry);
  }

  private void requireFunds(LedgerEntry entry) {
    Money balance =
        new Money(
            store.walletBalance(entry.tenantId(), entry.amount().currency()),
            entry.amount().currency());
    if (balance.isLessThan(entry.amount())) {
      throw ApplicationFailure.newNonRetryableFailure(
          "wallet balance "
              + balance.toDecimalString()
              + " "
              + balance.currency()
              + " does not cover "
              + entry.amount().toDecimalString()
              + " "
              + entry.amount().currency()
              + "; add funds with POST /v1/wallet/deposits",
          ErrorCode.WALLET_INSUFFICIENT_FUNDS.code(),
          balance.toDecimalString(),
          entry.amount().toDecimalString());
    }
  }

  private static void requirePostable(Money amount) {
    if (!Money.USD.equals(amount.currency())) {
      throw ApplicationFailure.newNonRetryableFailure(
          "wallets hold USD only; " + amount.currency() + " is not supported",
          ErrorCode.WALLET_CURRENCY_UNSUPPORTED.code());
    }
    if (amount.amount().compareTo(BigDecimal.ZERO) <= 0) {
      throw ApplicationFailure.newNonRetryableFailure(
          "a ledger amount must be positive, got " + amount.toDecimalString(),
          ErrorCode.REQUEST_INVALID.code());
    }
  }

  private LedgerReceipt receipt(String entryId, LedgerEntry entry) {
    return receipt(entryId, entry.tenantId(), entry.amount().currency());
  }

  private LedgerReceipt receipt(String entryId, String tenantId, String currency) {
    return new LedgerReceipt(entryId, new Money(store.walletBalance(tenantId, currency), currency));
  }
}
