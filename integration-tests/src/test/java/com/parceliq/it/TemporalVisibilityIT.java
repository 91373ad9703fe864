package com.parceliq.it;

import static com.parceliq.it.support.TemporalVisibility.CARRIER;
import static com.parceliq.it.support.TemporalVisibility.SHIPMENT_ID;
import static com.parceliq.it.support.TemporalVisibility.SHIPMENT_STATUS;
import static com.parceliq.it.support.TemporalVisibility.TENANT_ID;
import static com.parceliq.it.support.TemporalVisibility.TRACKING_CODE;
import static com.parceliq.it.support.TemporalVisibility.keyword;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.TemporalVisibility;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import io.temporal.client.WorkflowExecutionMetadata;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator finds a shipment's workflow in the Temporal Web UI by its search attributes. The
 * visibility store is updated asynchronously, hence the bounded polling.
 */
class TemporalVisibilityIT {

  private static final Duration VISIBILITY_LAG = Duration.ofSeconds(30);

  private TemporalVisibility temporal;

  @BeforeEach
  void connect() {
    temporal = new TemporalVisibility(TestStack.config());
  }

  @AfterEach
  void disconnect() {
    temporal.close();
  }

  @Test
  void purchasedShipmentIsListedWithItsSearchAttributes() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    JsonNode purchased =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    List<WorkflowExecutionMetadata> found =
        Eventually.await(
            "the workflow to be listed with ShipmentStatus purchased",
            VISIBILITY_LAG,
            () ->
                temporal.list(
                    "ShipmentId = '"
                        + rated.shipmentId()
                        + "' AND TenantId = '"
                        + tenant.id()
                        + "' AND ShipmentStatus = 'purchased'"),
            executions -> executions.size() == 1);

    WorkflowExecutionMetadata execution = found.get(0);
    assertThat(execution.getExecution().getWorkflowId())
        .isEqualTo("shipment:" + tenant.id() + ":" + rated.shipmentId());
    assertThat(keyword(execution, TENANT_ID)).isEqualTo(tenant.id());
    assertThat(keyword(execution, SHIPMENT_ID)).isEqualTo(rated.shipmentId());
    assertThat(keyword(execution, SHIPMENT_STATUS)).isEqualTo("purchased");
    assertThat(keyword(execution, CARRIER)).isEqualTo("sandbox");
    assertThat(keyword(execution, TRACKING_CODE))
        .isEqualTo(purchased.path("tracking_code").asText());
  }

  @Test
  void newShipmentIsListedUnderItsTenant() {
    Tenant tenant = TestStack.newTenant();
    String shipmentId = tenant.createShipment(null).path("id").asText();

    List<WorkflowExecutionMetadata> found =
        Eventually.await(
            "the tenant's workflows to be listed",
            VISIBILITY_LAG,
            () -> temporal.list("TenantId = '" + tenant.id() + "'"),
            executions ->
                executions.stream()
                    .anyMatch(execution -> shipmentId.equals(keyword(execution, SHIPMENT_ID))));

    assertThat(found)
        .extracting(execution -> execution.getExecution().getWorkflowId())
        .contains("shipment:" + tenant.id() + ":" + shipmentId);
  }
}
