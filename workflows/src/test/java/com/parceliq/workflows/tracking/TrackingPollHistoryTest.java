package com.parceliq.workflows.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.TrackRequest;
import com.parceliq.workflows.ports.TrackedShipment;
import com.parceliq.workflows.ports.TrackingPollActivities;
import com.parceliq.workflows.shipment.TrackingScan;
import com.parceliq.workflows.shipment.TrackingUpdate;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded poll (one page of two stale shipments, the carrier refusing one); records it
 * again with -Dparceliq.record-histories=true.
 */
class TrackingPollHistoryTest {

  private static final String HISTORY = "tracking-poll";
  private static final String WORKFLOW_ID = "tracking-poll-2026-03-02T09:00:00Z";
  private static final TrackedShipment FOUND =
      new TrackedShipment("ten_01T", "shp_01A", "sandbox", null, "SBX1");
  private static final TrackedShipment UNKNOWN =
      new TrackedShipment("ten_01T", "shp_01B", "sandbox", null, "SBX2");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedPollReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, TrackingPollWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordPoll(TestWorkflowEnvironment env) {
    TrackingPollActivities steps = HistoryWorkers.activityMock(TrackingPollActivities.class);
    CarrierActivities carrier = HistoryWorkers.activityMock(CarrierActivities.class);
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.SHIPPING).registerActivitiesImplementations(steps);
    HistoryWorkers.queue(env, TaskQueues.carrier("sandbox"))
        .registerActivitiesImplementations(carrier);
    when(steps.stalePage(isNull(), eq(10))).thenReturn(List.of(FOUND, UNKNOWN));
    when(carrier.track(new TrackRequest("ten_01T", "sandbox", null, "SBX1")))
        .thenReturn(
            new TrackingUpdate(
                "SBX1",
                "in_transit",
                List.of(
                    new TrackingScan(
                        "in_transit", "Accepted", "Springfield, IL", "2026-03-02T10:00:00Z")),
                TrackingUpdate.POLL));
    when(carrier.track(new TrackRequest("ten_01T", "sandbox", null, "SBX2")))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("unknown label", "CARRIER.REJECTED"));
    env.start();

    env.getWorkflowClient()
        .newWorkflowStub(
            TrackingPollWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WORKFLOW_ID)
                .setTaskQueue(TaskQueues.SHIPPING)
                .build())
        .run(new TrackingPollRun(null, 10));

    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
