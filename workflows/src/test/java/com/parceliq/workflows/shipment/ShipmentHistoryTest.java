package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.RerouteOutcome;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays recorded shipment histories (create, rate, buy, idle close; a carrier rejection with its
 * compensation; a reroute after a purchase) on the current code. Recording runs only with {@code
 * -Dparceliq.record-histories=true}.
 */
class ShipmentHistoryTest {

  private static final String PURCHASE = "shipment-purchase";
  private static final String REJECTED = "shipment-carrier-rejected";
  private static final String REROUTE = "shipment-reroute";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedPurchaseReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(PURCHASE), env, ShipmentWorkflowImpl.class);
  }

  @Test
  void recordedCarrierRejectionReplaysOnTheCurrentCode(TestWorkflowEnvironment env)
      throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(REJECTED), env, ShipmentWorkflowImpl.class);
  }

  @Test
  void recordedRerouteReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(REROUTE), env, ShipmentWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordPurchase(TestWorkflowEnvironment env) {
    ShipmentHarness harness = new ShipmentHarness(env);
    harness.createAndRate().buy(new BuyLabel(GROUND_RATE, "key-1"));
    harness.untyped().getResult(Void.class);

    assertThat(RecordedHistories.record(harness.client, ShipmentHarness.workflowId(), PURCHASE))
        .exists();
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordCarrierRejection(TestWorkflowEnvironment env) {
    ShipmentHarness harness = new ShipmentHarness(env);
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure("address rejected", "CARRIER.REJECTED"));
    ShipmentWorkflow shipment = harness.createAndRate();
    assertThatThrownBy(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")));
    harness.untyped().getResult(Void.class);

    assertThat(RecordedHistories.record(harness.client, ShipmentHarness.workflowId(), REJECTED))
        .exists();
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordReroute(TestWorkflowEnvironment env) {
    ShipmentHarness harness = new ShipmentHarness(env);
    when(harness.carrier.reroute(any()))
        .thenReturn(new RerouteOutcome(ShipmentFixtures.TRACKING_CODE, Money.usd("7.50")));
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    shipment.reroute(new RerouteShipment(ShipmentFixtures.newShipment().from(), "reroute-1"));
    harness.untyped().getResult(Void.class);

    assertThat(RecordedHistories.record(harness.client, ShipmentHarness.workflowId(), REROUTE))
        .exists();
  }
}
