package com.parceliq.workflows.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The entity workflow stays open for operations and closes after a long idle period. */
class ShipmentLifecycleTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void untouchedShipmentClosesAfterTheIdleLimit() {
    // Read the clock before creating: the idle timer starts at the workflow's own start time,
    // which can be a few milliseconds earlier than a reading taken after the create returns.
    long start = harness.env.currentTimeMillis();
    harness.create();

    harness.untyped().getResult(Void.class);

    assertThat(Duration.ofMillis(harness.env.currentTimeMillis() - start))
        .isGreaterThanOrEqualTo(ShipmentWorkflowImpl.IDLE_LIMIT);
    assertThat(harness.untyped().describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void everyOperationRestartsTheIdleLimit() {
    ShipmentWorkflow shipment = harness.create();
    long start = harness.env.currentTimeMillis();
    Duration beforeRating = ShipmentWorkflowImpl.IDLE_LIMIT.minusDays(30);
    harness.env.sleep(beforeRating);

    ShipmentHarness.rate(shipment);
    harness.untyped().getResult(Void.class);

    assertThat(Duration.ofMillis(harness.env.currentTimeMillis() - start))
        .isGreaterThanOrEqualTo(beforeRating.plus(ShipmentWorkflowImpl.IDLE_LIMIT));
  }
}
