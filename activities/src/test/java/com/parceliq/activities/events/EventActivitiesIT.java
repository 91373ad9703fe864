package com.parceliq.activities.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.TenantEntity;
import com.parceliq.workflows.ports.DomainEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Domain events against real PostgreSQL: one row per fact, however often it is emitted. */
@QuarkusTest
class EventActivitiesIT {

  @Inject EventActivitiesImpl events;

  private String tenantId;
  private String shipmentId;

  @BeforeEach
  void newTenant() {
    tenantId = newTenantRow();
    shipmentId = Ids.newId(IdPrefix.SHIPMENT);
  }

  @Test
  void emittingAFactAgainKeepsTheFirstIdAndData() {
    String first = events.emit(purchased(tenantId, "first tracking code"));
    String again = events.emit(purchased(tenantId, "changed tracking code"));

    assertThat(first).startsWith("evt_");
    assertThat(again).isEqualTo(first);
    List<EventEntity> rows = rowsOfFact(tenantId);
    assertThat(rows).hasSize(1);
    EventEntity row = rows.get(0);
    assertThat(row.eventType).isEqualTo("shipment.purchased");
    assertThat(row.shipmentId).isEqualTo(shipmentId);
    JsonNode data = JsonColumns.read(row.dataJson, JsonNode.class);
    assertThat(data.path("tracking_code").asText()).isEqualTo("first tracking code");
    assertThat(data.path("to_address").path("zip").asText()).isEqualTo("02110");
  }

  @Test
  void concurrentEmissionsOfOneFactRecordItOnce() throws Exception {
    List<Callable<String>> emissions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String trackingCode = "code " + i;
      emissions.add(() -> events.emit(purchased(tenantId, trackingCode)));
    }

    List<String> ids = runTogether(emissions);

    assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
    assertThat(rowsOfFact(tenantId)).hasSize(1);
  }

  @Test
  void theSameFactKeyInAnotherTenantIsAnotherEvent() {
    String otherTenant = newTenantRow();

    String mine = events.emit(purchased(tenantId, "mine"));
    String theirs = events.emit(purchased(otherTenant, "theirs"));

    assertThat(theirs).isNotEqualTo(mine);
    assertThat(rowsOfFact(tenantId)).extracting(row -> row.id).containsExactly(mine);
    assertThat(rowsOfFact(otherTenant)).extracting(row -> row.id).containsExactly(theirs);
  }

  @Test
  void anUnknownEventTypeIsRefusedWithoutRetry() {
    DomainEvent unknown =
        new DomainEvent(tenantId, factKey(), "shipment.teleported", shipmentId, Map.of());

    assertThatThrownBy(() -> events.emit(unknown))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, failure -> assertThat(failure.isNonRetryable()).isTrue());
    assertThat(rowsOfFact(tenantId)).isEmpty();
  }

  private DomainEvent purchased(String tenant, String trackingCode) {
    Map<String, Object> data =
        Map.of(
            "id",
            shipmentId,
            "status",
            "purchased",
            "tracking_code",
            trackingCode,
            "to_address",
            Map.of("city", "Boston", "zip", "02110"));
    return new DomainEvent(tenant, factKey(), "shipment.purchased", shipmentId, data);
  }

  private String factKey() {
    return "shipment:" + shipmentId + ":purchased";
  }

  private List<EventEntity> rowsOfFact(String tenant) {
    return QuarkusTransaction.requiringNew()
        .call(() -> EventEntity.list("tenantId = ?1 and factKey = ?2", tenant, factKey()));
  }

  private static String newTenantRow() {
    String id = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = id;
              tenant.name = "events test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
    return id;
  }

  private static List<String> runTogether(List<Callable<String>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(calls.size())) {
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<String> future : futures) {
        ids.add(future.get());
      }
      return ids;
    }
  }
}
