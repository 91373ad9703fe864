package com.parceliq.activities.batch;

import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.shipment.ShipmentSnapshot;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import io.temporal.activity.Activity;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.workflow.Functions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Calls into a shipment's own workflow from a batch activity, the way the API does, but waiting as
 * long as the operation takes: a heartbeat every few seconds tells Temporal the wait is alive.
 */
@ApplicationScoped
class ShipmentUpdates {

  private static final long HEARTBEAT_EVERY_MILLIS = 5_000;

  @Inject WorkflowClient client;

  ShipmentWorkflow shipment(String tenantId, String shipmentId) {
    return client.newWorkflowStub(
        ShipmentWorkflow.class, WorkflowIds.shipment(tenantId, shipmentId));
  }

  ShipmentSnapshot snapshot(String tenantId, String shipmentId) {
    return shipment(tenantId, shipmentId).snapshot();
  }

  <R> R await(Functions.Func<R> update) {
    return awaitResult(
        WorkflowClient.startUpdate(
            update,
            UpdateOptions.<R>newBuilder().setWaitForStage(WorkflowUpdateStage.ACCEPTED).build()));
  }

  /** Runs the update keyed by {@code updateId}: a retry re-attaches to the same one. */
  <A, R> R await(Functions.Func1<A, R> update, A argument, String updateId) {
    WorkflowUpdateHandle<R> handle =
        WorkflowClient.startUpdate(
            update,
            argument,
            UpdateOptions.<R>newBuilder()
                .setUpdateId(updateId)
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build());
    return awaitResult(handle);
  }

  private static <R> R awaitResult(WorkflowUpdateHandle<R> handle) {
    while (true) {
      Activity.getExecutionContext().heartbeat(null);
      try {
        return handle.getResult(HEARTBEAT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
      } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
        // Still running (a carrier retry, a parked purchase): keep waiting.
      }
    }
  }
}
