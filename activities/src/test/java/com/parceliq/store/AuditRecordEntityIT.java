package com.parceliq.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit table on real PostgreSQL (the API's audit writer uses this entity): a record keeps its
 * JSON details, and the same action on the same resource is recorded once however often a replayed
 * request writes it.
 */
@QuarkusTest
class AuditRecordEntityIT {

  private String tenantId;

  @BeforeEach
  void newTenant() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "audit test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
  }

  @Test
  void theSameActionOnTheSameResourceIsAuditedOnce() {
    boolean first = QuarkusTransaction.requiringNew().call(() -> record("req_1").insertIfAbsent());
    boolean replay = QuarkusTransaction.requiringNew().call(() -> record("req_2").insertIfAbsent());

    assertThat(first).isTrue();
    assertThat(replay).isFalse();
    AuditRecordEntity stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    AuditRecordEntity.<AuditRecordEntity>find("tenantId", tenantId).singleResult());
    assertThat(stored.id).startsWith("aud_");
    assertThat(stored.actor).isEqualTo("platform_admin");
    assertThat(stored.action).isEqualTo("adjust_ledger");
    assertThat(stored.requestId).isEqualTo("req_1");
    assertThat(JsonColumns.read(stored.detailsJson, java.util.Map.class))
        .containsEntry("amount", "-3.10")
        .containsEntry("reason", "duplicate deposit");
  }

  private AuditRecordEntity record(String requestId) {
    AuditRecordEntity row = new AuditRecordEntity();
    row.id = Ids.newId(IdPrefix.AUDIT_RECORD);
    row.tenantId = tenantId;
    row.actor = "platform_admin";
    row.action = "adjust_ledger";
    row.resourceType = "ledger_entry";
    row.resourceId = "led_01JTESTADJUST00000000000";
    row.detailsJson = "{\"amount\": \"-3.10\", \"reason\": \"duplicate deposit\"}";
    row.requestId = requestId;
    row.decision = "allow";
    row.dedupKey = "adjust_ledger:ledger_entry:" + row.resourceId;
    row.createdAt = Instant.now();
    return row;
  }
}
