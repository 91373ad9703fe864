package com.parceliq.activities.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.store.AuditRecordEntity;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.TenantEntity;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.wallet.DepositRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refunds the workers post to the ledger are audited with the posting, once per refund. */
@QuarkusTest
class RefundAuditIT {

  @Inject LedgerActivitiesImpl ledger;

  private String tenantId;

  @BeforeEach
  void tenantWithABoughtLabel() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "refund audit test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
    ledger.deposit(new DepositRequest(tenantId, "dep_1", Money.usd("50.00"), "deposit:1"));
    ledger.holdFunds(new WalletPosting(tenantId, "shp_r", "hold:r", Money.usd("12.34"), "Hold"));
    ledger.settleLabel(
        new LabelSettlement(
            tenantId, "shp_r", "settle:r", Money.usd("12.34"), Money.usd("12.34"), "Label", null));
  }

  @Test
  void aPostedRefundIsAuditedAsTheSystemWithItsAmount() {
    ledger.refundLabel(refund("refund:r"));

    List<AuditRecordEntity> records = refundRecords();
    assertThat(records).hasSize(1);
    AuditRecordEntity record = records.get(0);
    assertThat(record.actor).isEqualTo("system");
    assertThat(record.resourceType).isEqualTo("shipment");
    assertThat(record.resourceId).isEqualTo("shp_r");
    assertThat(record.decision).isEqualTo("allow");
    assertThat(JsonColumns.read(record.detailsJson, Map.class))
        .containsEntry("amount", "12.34")
        .containsEntry("currency", "USD");
  }

  @Test
  void aRetriedOrRacingRefundActivityIsAuditedOnce() throws Exception {
    List<Callable<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      attempts.add(() -> ledger.refundLabel(refund("refund:r")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    try {
      for (Future<Object> attempt : pool.invokeAll(attempts)) {
        attempt.get();
      }
    } finally {
      pool.shutdownNow();
    }
    ledger.refundLabel(refund("refund:r"));

    assertThat(refundRecords()).hasSize(1);
  }

  @Test
  void aRefundThatPostsNothingIsNotAudited() {
    ledger.refundLabel(
        new WalletPosting(tenantId, "shp_never_bought", "refund:n", Money.usd("5.00"), "Refund"));

    assertThat(refundRecords()).isEmpty();
  }

  private WalletPosting refund(String key) {
    return new WalletPosting(tenantId, "shp_r", key, Money.usd("12.34"), "Label refund");
  }

  private List<AuditRecordEntity> refundRecords() {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditRecordEntity.list("tenantId = ?1 and action = 'refund'", tenantId));
  }
}
