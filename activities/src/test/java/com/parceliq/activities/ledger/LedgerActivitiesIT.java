package com.parceliq.activities.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import com.parceliq.store.TenantEntity;
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
  void concurrentChargesNeverOverdrawTheWallet() throws Exception {
    ledger.deposit(new DepositRequest(tenantId, "dep_1", Money.usd("10.00"), "deposit:1"));

    List<Callable<Object>> charges = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String key = "charge:" + i;
      charges.add(() -> ledger.chargeLabel(posting(key, "3.00")));
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
    ledger.chargeLabel(posting("charge:x", "12.34"));
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
  void refundsWithoutAChargeOrBeyondItNeverCreateMoney() {
    ledger.deposit(new DepositRequest(tenantId, "dep_4", Money.usd("20.00"), "deposit:4"));
    LedgerReceipt nothingCharged =
        ledger.refundLabel(
            new WalletPosting(tenantId, "shp_9", "refund:none", Money.usd("7.00"), "Refund"));
    ledger.chargeLabel(new WalletPosting(tenantId, "shp_9", "charge:y", Money.usd("4.00"), "L"));
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
