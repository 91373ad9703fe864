package com.parceliq.activities.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.store.LedgerAccounts;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import com.parceliq.store.TenantEntity;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.wallet.DepositRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger against real PostgreSQL: the locks and constraints that unit tests cannot prove. */
@QuarkusTest
class LedgerActivitiesIT {

  @Inject LedgerActivitiesImpl ledger;

  private String tenantId;

  @BeforeEach
  void newTenant() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "ledger test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
  }

  @Test
  void concurrentHoldsNeverOverdrawTheWallet() throws Exception {
    ledger.deposit(new DepositRequest(tenantId, "dep_1", Money.usd("10.00"), "deposit:1"));

    List<Callable<Object>> charges = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String key = "charge:" + i;
      charges.add(() -> ledger.holdFunds(posting(key, "3.00")));
    }
    List<Object> outcomes = runTogether(charges);

    assertThat(outcomes).filteredOn(LedgerReceipt.class::isInstance).hasSize(3);
    assertThat(outcomes)
        .filteredOn(ApplicationFailure.class::isInstance)
        .hasSize(3)
        .allSatisfy(
            f ->
                assertThat(((ApplicationFailure) f).getType())
                    .isEqualTo("WALLET.INSUFFICIENT_FUNDS"));
    assertThat(balance()).isEqualByComparingTo("1.00");
  }

  @Test
  void concurrentPostingsOfOneKeyWriteOneEntry() throws Exception {
    List<Callable<Object>> deposits = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      deposits.add(
          () -> ledger.deposit(new DepositRequest(tenantId, "dep_2", Money.usd("25.00"), "same")));
    }
    List<Object> outcomes = runTogether(deposits);

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(LedgerReceipt.class));
    assertThat(outcomes.stream().map(o -> ((LedgerReceipt) o).entryId()).distinct()).hasSize(1);
    assertThat(count("from LedgerTransactionEntity where tenantId = ?1")).isEqualTo(1);
    assertThat(count("from LedgerPostingEntity where tenantId = ?1")).isEqualTo(2);
    assertThat(balance()).isEqualByComparingTo("25.00");
  }

  @Test
  void aRefundRestoresWhatTheChargeTookAndEveryEntryBalances() {
    ledger.deposit(new DepositRequest(tenantId, "dep_3", Money.usd("20.00"), "deposit:3"));
    buy("shp_1", "x", "12.34", "12.34");
    LedgerReceipt refund =
        ledger.refundLabel(
            new WalletPosting(tenantId, "shp_1", "refund:x", Money.usd("12.34"), "Label refund"));

    assertThat(refund.walletBalance()).isEqualTo(Money.usd("20.00"));
    BigDecimal sum =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    LedgerPostingEntity.<LedgerPostingEntity>list("tenantId", tenantId).stream()
                        .map(p -> p.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(sum).isEqualByComparingTo("0");
  }

  @Test
  void holdSetsMoneyAsideWithoutOwingTheCarrier() {
    ledger.deposit(new DepositRequest(tenantId, "dep_5", Money.usd("20.00"), "deposit:5"));

    LedgerReceipt hold = ledger.holdFunds(posting("hold:h", "12.34"));

    assertThat(hold.walletBalance()).isEqualTo(Money.usd("7.66"));
    assertThat(held()).isEqualByComparingTo("12.34");
    assertThat(accountBalance("carrier_payable")).isEqualByComparingTo("0");
  }

  @Test
  void settlementAtTheQuoteMovesTheHoldToTheCarrier() {
    ledger.deposit(new DepositRequest(tenantId, "dep_6", Money.usd("20.00"), "deposit:6"));

    buy("shp_1", "eq", "12.34", "12.34");

    assertThat(balance()).isEqualByComparingTo("7.66");
    assertThat(held()).isEqualByComparingTo("0.00");
    assertThat(accountBalance("carrier_payable")).isEqualByComparingTo("-12.34");
    assertThat(labelPurchaseAmounts()).containsExactly(new BigDecimal("12.34"));
    assertPostingsSumToZero();
  }

  @Test
  void settlementBelowTheQuoteGivesTheDifferenceBack() {
    ledger.deposit(new DepositRequest(tenantId, "dep_7", Money.usd("20.00"), "deposit:7"));

    buy("shp_1", "low", "12.34", "10.00");

    assertThat(balance()).isEqualByComparingTo("10.00");
    assertThat(held()).isEqualByComparingTo("0.00");
    assertThat(labelPurchaseAmounts()).containsExactly(new BigDecimal("10.00"));
    assertPostingsSumToZero();
  }

  @Test
  void settlementAboveTheQuoteDrawsTheDifferenceEvenIfItOverdraws() {
    ledger.deposit(new DepositRequest(tenantId, "dep_8", Money.usd("12.34"), "deposit:8"));

    buy("shp_1", "high", "12.34", "13.00");

    assertThat(balance()).isEqualByComparingTo("-0.66");
    assertThat(held()).isEqualByComparingTo("0.00");
    assertThat(labelPurchaseAmounts()).containsExactly(new BigDecimal("13.00"));
    assertPostingsSumToZero();
  }

  @Test
  void releaseAfterSettlementPostsNothing() {
    ledger.deposit(new DepositRequest(tenantId, "dep_9", Money.usd("20.00"), "deposit:9"));
    buy("shp_1", "done", "12.34", "12.34");

    LedgerReceipt release =
        ledger.releaseHold(
            new WalletPosting(tenantId, "shp_1", "release:done", Money.usd("12.34"), "Release"));

    assertThat(release.entryId()).isNull();
    assertThat(balance()).isEqualByComparingTo("7.66");
  }

  @Test
  void releaseGivesBackOnlyThisShipmentsHold() {
    ledger.deposit(new DepositRequest(tenantId, "dep_10", Money.usd("20.00"), "deposit:10"));
    ledger.holdFunds(new WalletPosting(tenantId, "shp_a", "hold:a", Money.usd("5.00"), "Hold"));
    ledger.holdFunds(new WalletPosting(tenantId, "shp_b", "hold:b", Money.usd("7.00"), "Hold"));

    ledger.releaseHold(
        new WalletPosting(tenantId, "shp_a", "release:a", Money.usd("12.34"), "Release"));

    assertThat(balance()).isEqualByComparingTo("13.00");
    assertThat(held()).isEqualByComparingTo("7.00");
    assertPostingsSumToZero();
  }

  @Test
  void repostingEveryKeyOfAPurchaseChangesNothing() {
    ledger.deposit(new DepositRequest(tenantId, "dep_11", Money.usd("20.00"), "deposit:11"));
    buy("shp_1", "again", "12.34", "11.00");
    long entries = count("from LedgerTransactionEntity where tenantId = ?1");

    buy("shp_1", "again", "12.34", "11.00");
    ledger.releaseHold(
        new WalletPosting(tenantId, "shp_1", "release:again", Money.usd("12.34"), "Release"));
    ledger.releaseHold(
        new WalletPosting(tenantId, "shp_1", "release:again", Money.usd("12.34"), "Release"));

    assertThat(count("from LedgerTransactionEntity where tenantId = ?1")).isEqualTo(entries);
    assertThat(balance()).isEqualByComparingTo("9.00");
    assertPostingsSumToZero();
  }

  @Test
  void adjustmentsCreditAndDebitTheWalletWithSignedAmounts() {
    ledger.adjust(
        new LedgerAdjustment(tenantId, "adj:1", new BigDecimal("15.00"), "USD", "credit", "op"));
    ledger.adjust(
        new LedgerAdjustment(tenantId, "adj:2", new BigDecimal("-4.50"), "USD", "debit", "op"));
    ledger.adjust(
        new LedgerAdjustment(tenantId, "adj:2", new BigDecimal("-4.50"), "USD", "debit", "op"));

    assertThat(balance()).isEqualByComparingTo("10.50");
    assertThat(accountBalance("adjustments")).isEqualByComparingTo("10.50");
    assertThat(count("from LedgerTransactionEntity where tenantId = ?1")).isEqualTo(2);
    assertPostingsSumToZero();
  }

  @Test
  void pricedLabelsBalanceToTheCentThroughSettlementAndRefund() {
    ledger.deposit(new DepositRequest(tenantId, "dep_1", Money.usd("100.00"), "deposit:1"));

    // 10% markup on 12.00, carrier bills 14.50; a flat -1.00 markdown on 24.10, carrier as quoted.
    buyPriced("shp_up", "up", "13.20", "12.00", "14.50");
    buyPriced("shp_down", "down", "23.10", "24.10", "24.10");

    assertThat(balance()).isEqualByComparingTo("61.20");
    assertThat(held()).isEqualByComparingTo("0.00");
    assertThat(accountBalance("pricing_margin")).isEqualByComparingTo("-0.20");
    assertThat(accountBalance("carrier_payable")).isEqualByComparingTo("-38.60");
    assertThat(labelPurchaseAmounts())
        .extracting(BigDecimal::toPlainString)
        .containsExactlyInAnyOrder("15.70", "23.10");
    assertPostingsSumToZero();

    ledger.refundLabel(
        new WalletPosting(tenantId, "shp_up", "refund:up", Money.usd("15.70"), "Refund"));
    ledger.refundLabel(
        new WalletPosting(tenantId, "shp_up", "refund:up", Money.usd("15.70"), "Refund"));

    assertThat(balance()).isEqualByComparingTo("76.90");
    assertThat(accountBalance("pricing_margin")).isEqualByComparingTo("1.00");
    assertThat(accountBalance("carrier_payable")).isEqualByComparingTo("-24.10");
    assertPostingsSumToZero();
  }

  /** Hold the price, then settle a label quoted by the carrier at {@code carrierQuoted}. */
  private void buyPriced(
      String shipmentId, String key, String price, String carrierQuoted, String charged) {
    ledger.holdFunds(
        new WalletPosting(tenantId, shipmentId, "hold:" + key, Money.usd(price), "Hold"));
    ledger.settleLabel(
        new LabelSettlement(
            tenantId,
            shipmentId,
            "settle:" + key,
            Money.usd(price),
            Money.usd(charged),
            "Label",
            Money.usd(carrierQuoted)));
  }

  /** Hold, then settle at {@code charged}: what a purchase posts. */
  private void buy(String shipmentId, String key, String quote, String charged) {
    ledger.holdFunds(
        new WalletPosting(tenantId, shipmentId, "hold:" + key, Money.usd(quote), "Hold"));
    ledger.settleLabel(
        new LabelSettlement(
            tenantId,
            shipmentId,
            "settle:" + key,
            Money.usd(quote),
            Money.usd(charged),
            "Label",
            null));
  }

  private BigDecimal held() {
    return QuarkusTransaction.requiringNew()
        .call(() -> LedgerAccounts.heldBalance(tenantId, "USD"));
  }

  /** The raw sum of an account's postings (debits positive). */
  private BigDecimal accountBalance(String account) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                LedgerPostingEntity.<LedgerPostingEntity>list(
                        "tenantId = ?1 and account = ?2", tenantId, account)
                    .stream()
                    .map(p -> p.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private List<BigDecimal> labelPurchaseAmounts() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                LedgerTransactionEntity.<LedgerTransactionEntity>list(
                        "tenantId = ?1 and kind = 'label_purchase'", tenantId)
                    .stream()
                    .map(t -> t.amount)
                    .toList());
  }

  private void assertPostingsSumToZero() {
    BigDecimal sum =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    LedgerPostingEntity.<LedgerPostingEntity>list("tenantId", tenantId).stream()
                        .map(p -> p.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(sum).as("the tenant's postings sum to zero").isEqualByComparingTo("0");
  }

  @Test
  void refundsWithoutAChargeOrBeyondItNeverCreateMoney() {
    ledger.deposit(new DepositRequest(tenantId, "dep_4", Money.usd("20.00"), "deposit:4"));
    LedgerReceipt nothingCharged =
        ledger.refundLabel(
            new WalletPosting(tenantId, "shp_9", "refund:none", Money.usd("7.00"), "Refund"));
    buy("shp_9", "y", "4.00", "4.00");
    ledger.refundLabel(
        new WalletPosting(tenantId, "shp_9", "refund:y", Money.usd("7.00"), "Refund"));

    assertThat(nothingCharged.entryId()).isNull();
    assertThat(balance()).isEqualByComparingTo("20.00");
  }

  private WalletPosting posting(String key, String amount) {
    return new WalletPosting(tenantId, "shp_1", key, Money.usd(amount), "Label");
  }

  private BigDecimal balance() {
    return QuarkusTransaction.requiringNew()
        .call(() -> new LedgerStore().walletBalance(tenantId, "USD"));
  }

  private long count(String query) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                query.contains("Posting")
                    ? LedgerPostingEntity.count(query, tenantId)
                    : LedgerTransactionEntity.count(query, tenantId));
  }

  /** Runs every call at once and returns each result or the failure it threw. */
  private static List<Object> runTogether(List<Callable<Object>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(calls.size())) {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      return outcomes;
    }
  }
}
