package com.parceliq.workflows.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.WorkflowRegistrations;
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
import io.temporal.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tracking poller pages stale shipments and survives a carrier failing for one of them. */
class TrackingPollWorkflowTest {

  private static final TrackedShipment FIRST = shipment("shp_01A", "SBX1");
  private static final TrackedShipment SECOND = shipment("shp_01B", "SBX2");
  private static final TrackedShipment THIRD = shipment("shp_01C", "SBX3");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private final TrackingPollActivities steps =
      mock(TrackingPollActivities.class, withSettings().withoutAnnotations());
  private final CarrierActivities carrier =
      mock(CarrierActivities.class, withSettings().withoutAnnotations());

  @Test
  void everyPageIsPolledAndACarrierFailureSkipsOnlyItsShipment(TestWorkflowEnvironment env) {
    Worker shipping = env.newWorker(TaskQueues.SHIPPING);
    shipping.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    shipping.registerActivitiesImplementations(steps);
    env.newWorker(TaskQueues.carrier("sandbox")).registerActivitiesImplementations(carrier);
    env.start();
    when(steps.stalePage(isNull(), eq(2))).thenReturn(List.of(FIRST, SECOND));
    when(steps.stalePage(eq("shp_01B"), eq(2))).thenReturn(List.of(THIRD));
    when(carrier.track(request(FIRST))).thenReturn(update("SBX1"));
    when(carrier.track(request(SECOND)))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("unknown label", "CARRIER.REJECTED"));
    when(carrier.track(request(THIRD))).thenReturn(update("SBX3"));

    TrackingPollWorkflow poll =
        env.getWorkflowClient()
            .newWorkflowStub(
                TrackingPollWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("tracking-poll-test")
                    .setTaskQueue(TaskQueues.SHIPPING)
                    .build());
    poll.run(new TrackingPollRun(null, 2));
    env.getWorkflowClient().newUntypedWorkflowStub("tracking-poll-test").getResult(Void.class);

    verify(steps).stalePage(isNull(), eq(2));
    verify(steps).stalePage(eq("shp_01B"), eq(2));
    verify(steps).deliver(FIRST, update("SBX1"));
    verify(steps).deliver(THIRD, update("SBX3"));
    verify(steps, never()).deliver(eq(SECOND), any());
    assertThat(
            env.getWorkflowClient()
                .newUntypedWorkflowStub("tracking-poll-test")
                .describe()
                .getStatus()
                .name())
        .isEqualTo("WORKFLOW_EXECUTION_STATUS_COMPLETED");
  }

  private static TrackedShipment shipment(String id, String code) {
    return new TrackedShipment("ten_01T", id, "sandbox", null, code);
  }

  private static TrackRequest request(TrackedShipment shipment) {
    return new TrackRequest("ten_01T", "sandbox", null, shipment.trackingCode());
  }

  private static TrackingUpdate update(String code) {
    return new TrackingUpdate(
        code,
        "in_transit",
        List.of(
            new TrackingScan("in_transit", "Accepted", "Springfield, IL", "2026-03-02T10:00:00Z")),
        TrackingUpdate.POLL);
  }
}
