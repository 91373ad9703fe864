package com.parceliq.api.pickups;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.pickup.BuyPickup;
import com.parceliq.workflows.pickup.CancelPickup;
import com.parceliq.workflows.pickup.NewPickup;
import com.parceliq.workflows.pickup.PickupSnapshot;
import com.parceliq.workflows.pickup.PickupWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.workflow.Functions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The API's calls into a pickup's workflow: create with update-with-start (answered once the
 * carrier's pickup rates are recorded), buy and cancel as updates whose ids derive from the
 * client's key, so a retry re-attaches to the same operation. Past the wait an update answers
 * "still running" and the workflow carries on.
 */
@ApplicationScoped
public class PickupWorkflows {

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  public PickupSnapshot create(NewPickup pickup) {
    PickupWorkflow workflow = client.newWorkflowStub(PickupWorkflow.class, startOptions(pickup));
    WithStartWorkflowOperation<Void> start =
        new WithStartWorkflowOperation<>(workflow::run, pickup);
    WorkflowUpdateHandle<PickupSnapshot> handle =
        WorkflowClient.startUpdateWithStart(
            workflow::created,
            UpdateOptions.<PickupSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build(),
            start);
    return handle.getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS);
  }

  public Optional<PickupSnapshot> buy(String tenantId, String pickupId, BuyPickup request) {
    PickupWorkflow workflow = existing(tenantId, pickupId);
    return keyedUpdate(pickupId, workflow::buy, request, "buy:" + request.idempotencyKey());
  }

  public Optional<PickupSnapshot> cancel(String tenantId, String pickupId, CancelPickup request) {
    PickupWorkflow workflow = existing(tenantId, pickupId);
    return keyedUpdate(pickupId, workflow::cancel, request, "cancel:" + request.idempotencyKey());
  }

  private <A> Optional<PickupSnapshot> keyedUpdate(
      String pickupId, Functions.Func1<A, PickupSnapshot> update, A request, String updateId) {
    try {
      WorkflowUpdateHandle<PickupSnapshot> handle =
          WorkflowClient.startUpdate(
              update,
              request,
              UpdateOptions.<PickupSnapshot>newBuilder()
                  .setUpdateId(updateId)
                  .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                  .build());
      return Optional.of(handle.getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS));
    } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
      return Optional.empty();
    } catch (WorkflowNotFoundException ended) {
      // The workflow ends once the pickup is cancelled or its window is long past.
      throw new ApiException(
          ErrorCode.PICKUP_INVALID_STATE,
          "Pickup " + pickupId + " is closed and accepts no further operations.");
    }
  }

  private static WorkflowOptions startOptions(NewPickup pickup) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.pickup(pickup.tenantId(), pickup.pickupId()))
        .setTaskQueue(TaskQueues.SHIPPING)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, pickup.tenantId())
                .build())
        .build();
  }

  private PickupWorkflow existing(String tenantId, String pickupId) {
    return client.newWorkflowStub(PickupWorkflow.class, WorkflowIds.pickup(tenantId, pickupId));
  }
}
