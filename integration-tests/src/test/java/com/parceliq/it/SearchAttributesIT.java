package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.AddressRequests;
import com.parceliq.it.support.ArchivalRuns;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.InvoiceRuns;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.TemporalSchedules;
import com.parceliq.it.support.TemporalVisibility;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.common.SearchAttributeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT section 4: every execution carries {@code TenantId} (platform-wide work carries {@code
 * platform}), so an operator's {@code TenantId IS NULL} finds nothing; and search attributes hold
 * ids and states, never the recipient's name or address. Runs tenant flows (deposit, purchase,
 * address validation) and operator runs (archival, invoicing) first; whatever else the suite ran
 * before is checked too.
 */
class SearchAttributesIT {

  private static final String PLATFORM = "platform";
  private static final List<String> SCHEDULES =
      List.of("archival", "tenant-invoices", "reconciliation-inbox", "tracking-poll");

  private static Tenant tenant;
  private static RatedShipment purchased;

  @BeforeAll
  static void runTenantAndPlatformFlows() {
    tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    purchased = tenant.createRatedShipment(Unique.key("sa"));
    Purchases.buyUntilPurchased(
        tenant, purchased.shipmentId(), purchased.cheapestRateId(), Unique.key("buy"));
    tenant
        .post("/v1/addresses/validate")
        .json(
            AddressRequests.body(
                ShipmentRequests.address("Jo Doe", "9 Elm St", "Portland", "OR", "97201")))
        .send()
        .expect(200);
    new ArchivalRuns(TestStack.platform()).started(Instant.now().minusSeconds(60), tenant.id());
    InvoiceRuns.start(InvoiceRuns.body(InvoiceRuns.lastMonth(), tenant.id())).expect(201);
  }

  @Test
  void noExecutionLacksATenantId() {
    try (TemporalVisibility temporal = new TemporalVisibility(TestStack.config())) {
      awaitVisible(temporal, "WorkflowType = 'TenantInvoicingWorkflow'");

      assertThat(temporal.list("TenantId IS NULL"))
          .extracting(e -> e.getWorkflowType() + " " + e.getExecution().getWorkflowId())
          .isEmpty();
    }
  }

  @Test
  void tenantWorkflowsCarryTheTenantAndOperatorRunsThePlatform() {
    try (TemporalVisibility temporal = new TemporalVisibility(TestStack.config())) {
      Set<String> tenantTypes =
          types(awaitVisible(temporal, "TenantId = '" + tenant.id() + "'", 3));
      assertThat(tenantTypes)
          .contains("ShipmentWorkflow", "WalletDepositWorkflow", "AddressValidationWorkflow");
      Set<String> platformTypes = types(awaitVisible(temporal, "TenantId = '" + PLATFORM + "'", 2));
      assertThat(platformTypes).contains("ArchivalWorkflow", "TenantInvoicingWorkflow");
    }
  }

  @Test
  void purchasedShipmentIsFoundByCarrierAndTrackingCodeButNotByTheRecipient() {
    String trackingCode = tenant.shipment(purchased.shipmentId()).path("tracking_code").asText();
    try (TemporalVisibility temporal = new TemporalVisibility(TestStack.config())) {
      List<WorkflowExecutionMetadata> found =
          awaitVisible(temporal, "TrackingCode = '" + trackingCode + "'", 1);
      WorkflowExecutionMetadata shipment = found.get(0);
      assertThat(TemporalVisibility.keyword(shipment, TemporalVisibility.CARRIER))
          .isEqualTo("sandbox");
      assertThat(TemporalVisibility.keyword(shipment, TemporalVisibility.SHIPMENT_STATUS))
          .isEqualTo("purchased");
      for (WorkflowExecutionMetadata execution :
          temporal.list("TenantId = '" + tenant.id() + "'")) {
        assertThat(execution.getTypedSearchAttributes().getUntypedValues().values().toString())
            .doesNotContain("Brule", "Harbor", "Redondo", "Jo Doe", "Elm St", "Portland");
      }
    }
  }

  @Test
  void everyScheduleStartsItsRunsWithThePlatformTenantId() {
    for (String scheduleId : SCHEDULES) {
      try (TemporalSchedules schedule = new TemporalSchedules(TestStack.config(), scheduleId)) {
        ScheduleActionStartWorkflow action =
            (ScheduleActionStartWorkflow) schedule.describe().getSchedule().getAction();
        assertThat(
                action
                    .getOptions()
                    .getTypedSearchAttributes()
                    .get(SearchAttributeKey.forKeyword("TenantId")))
            .as(scheduleId)
            .isEqualTo(PLATFORM);
      }
    }
  }

  private static List<WorkflowExecutionMetadata> awaitVisible(
      TemporalVisibility temporal, String query) {
    return awaitVisible(temporal, query, 1);
  }

  /** Visibility is eventually consistent: waits until the query finds {@code atLeast} runs. */
  private static List<WorkflowExecutionMetadata> awaitVisible(
      TemporalVisibility temporal, String query, int atLeast) {
    return Eventually.await(
        "at least " + atLeast + " executions for " + query,
        Duration.ofSeconds(30),
        () -> temporal.list(query),
        found -> found.size() >= atLeast);
  }

  private static Set<String> types(List<WorkflowExecutionMetadata> executions) {
    return executions.stream()
        .map(WorkflowExecutionMetadata::getWorkflowType)
        .collect(Collectors.toSet());
  }
}
