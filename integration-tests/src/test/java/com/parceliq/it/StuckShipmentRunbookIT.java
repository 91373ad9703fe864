package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.ParkedPurchases;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.TemporalCli;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * docs/runbooks/stuck-shipments.md, step by step with the {@code temporal} CLI the launcher
 * installs: find the parked shipment with the operator's query, describe it, retry it with the
 * {@code operatorDecision} signal, and see the purchase complete. If a command of the runbook
 * changes, change it here too.
 */
class StuckShipmentRunbookIT {

  @Test
  void runbookCommandsFindAndRetryAParkedShipment() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(ParkedPurchases.FAILS_PAST_ONE_BUDGET);
    ParkedPurchases.startBuy(tenant, rated).join();
    ParkedPurchases.awaitParked(tenant, rated.shipmentId());
    TemporalCli temporal = new TemporalCli(TestStack.config());
    String workflowId = "shipment:" + tenant.id() + ":" + rated.shipmentId();

    // Step 2: the Web UI's query, from the CLI.
    String list =
        Eventually.await(
            "the parked shipment in the operator's query",
            Duration.ofSeconds(30),
            () ->
                temporal.run(
                    "workflow",
                    "list",
                    "--query",
                    "NeedsAttention = true AND TenantId = '" + tenant.id() + "'"),
            output -> output.contains(workflowId));
    assertThat(list).contains("ShipmentWorkflow");

    // Step 3: what it waits for (no pending activity: it parked after the last attempt).
    String described = temporal.run("workflow", "describe", "--workflow-id", workflowId);
    assertThat(described).contains(workflowId, "Pending Activities: 0");

    // Step 4: retry.
    temporal.run(
        "workflow",
        "signal",
        "--workflow-id",
        workflowId,
        "--name",
        "operatorDecision",
        "--input",
        "{\"action\":\"retry\"}");

    JsonNode purchased =
        Eventually.await(
            "the retried purchase to complete",
            Purchases.COMPLETION,
            () -> tenant.shipment(rated.shipmentId()),
            shipment -> shipment.path("status").asText().equals("purchased"));
    assertThat(purchased.path("needs_attention").asBoolean()).isFalse();
    // Step 5: nothing of this tenant is parked any more.
    Eventually.await(
        "the operator's query to find nothing parked",
        Duration.ofSeconds(30),
        () ->
            temporal.run(
                "workflow",
                "count",
                "--query",
                "NeedsAttention = true AND TenantId = '" + tenant.id() + "'"),
        output -> output.contains("Total: 0"));
  }
}
