package com.parceliq.workflows.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded pickup (created with rates, bought, canceled with a refund: every update and
 * step the workflow has); records it again with -Dparceliq.record-histories=true.
 */
class PickupHistoryTest {

  private static final String HISTORY = "pickup-bought-then-canceled";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedPickupReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, PickupWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordPickup(TestWorkflowEnvironment env) {
    PickupHarness harness = new PickupHarness(env);
    PickupWorkflow pickup = harness.create();
    PickupHarness.buy(pickup, "standard", "buy-1");
    PickupHarness.cancel(pickup, "cancel-1");
    harness.untyped().getResult(Void.class);

    assertThat(
            RecordedHistories.record(env.getWorkflowClient(), PickupHarness.workflowId(), HISTORY))
        .exists();
  }
}
