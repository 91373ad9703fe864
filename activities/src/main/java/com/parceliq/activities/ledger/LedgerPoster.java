package com.parceliq.activities.ledger;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every ledger activity writes: exactly once per idempotency key, deciding under the tenant's
 * wallet lock when the amount depends on balances. Shared by the shipment and pickup postings so
 * both follow the same rules. Runs inside the caller's transaction.
 */
final class LedgerPoster {

  private final LedgerStore store;

  LedgerPoster(LedgerStore store) {
    this.store = store;
  }

  /**
   * Under the tenant's wallet lock: returns the entry of {@code key} if posted, else posts what
   * {@code decide} returns (nothing when it is empty). Deciding after the lock and the key lookup
   * keeps the decision and the write on one consistent view of the tenant's ledger.
   */
  LedgerReceipt postLocked(
      String tenantId, String key, String currency, Supplier<Optional<LedgerEntry>> decide) {
    store.lockWallet(tenantId);
    Optional<String> posted = store.findEntryId(tenantId, key);
    if (posted.isPresent()) {
      return receipt(posted.get(), tenantId, currency);
    }
    return decide.get().map(this::insert).orElseGet(() -> receipt(null, tenantId, currency));
  }

  /** Posts {@code entry} unless its key is already posted; no lock, nothing read to decide. */
  LedgerReceipt insertOnce(LedgerEntry entry) {
    return store
        .findEntryId(entry.tenantId(), entry.idempotencyKey())
        .map(posted -> receipt(posted, entry.tenantId(), entry.amount().currency()))
        .orElseGet(() -> insert(entry));
  }

  /**
   * Like {@link #insertOnce} without the wallet balance in the answer, for callers that post many
   * entries in one transaction (a reconciliation page) and must not sum the wallet each time.
   */
  String insertOnceReturningId(LedgerEntry entry) {
    return store
        .findEntryId(entry.tenantId(), entry.idempotencyKey())
        .orElseGet(() -> insertReturningId(entry));
  }

  private LedgerReceipt insert(LedgerEntry entry) {
    return receipt(insertReturningId(entry), entry.tenantId(), entry.amount().currency());
  }

  /** Inserts the entry; a concurrent insert of the same key wins and its entry is returned. */
  private String insertReturningId(LedgerEntry entry) {
    String tenantId = entry.tenantId();
    String entryId = Ids.newId(IdPrefix.LEDGER_ENTRY);
    if (!store.insertIfAbsent(entryId, entry, Instant.now())) {
      return store
          .findEntryId(tenantId, entry.idempotencyKey())
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "ledger key " + entry.idempotencyKey() + " conflicted but is not found"));
    }
    store.addPostings(entryId, entry);
    return entryId;
  }

  void requireFunds(String tenantId, Money needed) {
    Money balance = new Money(store.walletBalance(tenantId, needed.currency()), needed.currency());
    if (balance.isLessThan(needed)) {
      throw ApplicationFailure.newNonRetryableFailure(
          "wallet balance "
              + balance.toDecimalString()
              + " "
              + balance.currency()
              + " does not cover "
              + needed.toDecimalString()
              + " "
              + needed.currency()
              + "; add funds with POST /v1/wallet/deposits",
          ErrorCode.WALLET_INSUFFICIENT_FUNDS.code(),
          balance.toDecimalString(),
          needed.toDecimalString());
    }
  }

  static void requirePositive(Money amount) {
    requireUsd(amount);
    if (amount.amount().compareTo(BigDecimal.ZERO) <= 0) {
      throw ApplicationFailure.newNonRetryableFailure(
          "a ledger amount must be positive, got " + amount.toDecimalString(),
          ErrorCode.REQUEST_INVALID.code());
    }
  }

  static void requireUsd(Money amount) {
    if (!Money.USD.equals(amount.currency())) {
      throw ApplicationFailure.newNonRetryableFailure(
          "wallets hold USD only; " + amount.currency() + " is not supported",
          ErrorCode.WALLET_CURRENCY_UNSUPPORTED.code());
    }
  }

  LedgerReceipt receipt(String entryId, String tenantId, String currency) {
    return new LedgerReceipt(entryId, new Money(store.walletBalance(tenantId, currency), currency));
  }
}
