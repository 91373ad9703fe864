package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays recorded shipment histories (create, rate, buy, idle close; and a carrier rejection with
 * its compensation) on the current code. Recording runs only with {@code
 * -Dparceliq.record-histories=true}.
 */
class ShipmentHistoryTest {

  private static final String PURCHASE = "shipment-purchase";
  private static final String REJECTED = "shipment-carrier-rejected";

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
}
