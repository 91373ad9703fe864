package com.parceliq.api.claims;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.claims.ClaimDecision;
import com.parceliq.workflows.claims.ClaimSnapshot;
import com.parceliq.workflows.claims.ClaimWorkflow;
import com.parceliq.workflows.claims.NewClaim;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The API's calls into a claim's workflow: submission with update-with-start (answered once the
 * claim is recorded, or refused when its shipment already has an open claim), an operator's
 * decision as an update keyed by the operator's request, and the workflow's view of the claim.
 */
@ApplicationScoped
public class ClaimWorkflows {

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  /** Starts the claim (a retry with the same claim id joins it) and waits until it is recorded. */
  public void submit(NewClaim claim) {
    ClaimWorkflow workflow = client.newWorkflowStub(ClaimWorkflow.class, startOptions(claim));
    try {
      WorkflowClient.startUpdateWithStart(
              workflow::submitted,
              UpdateOptions.<ClaimSnapshot>newBuilder()
                  .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                  .build(),
              new WithStartWorkflowOperation<>(workflow::run, claim))
          .getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS);
    } catch (WorkflowExecutionAlreadyStarted finished) {
      // The same claim, submitted and already closed: its row answers.
    }
  }

  /** Empty when the decision outlasts the wait; it carries on in the workflow. */
  public Optional<ClaimSnapshot> decide(
      String tenantId, String claimId, ClaimDecision decision, String updateId) {
    ClaimWorkflow workflow =
        client.newWorkflowStub(ClaimWorkflow.class, WorkflowIds.claim(tenantId, claimId));
    try {
      return Optional.of(
          WorkflowClient.startUpdate(
                  workflow::decide,
                  decision,
                  UpdateOptions.<ClaimSnapshot>newBuilder()
                      .setUpdateId(updateId)
                      .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                      .build())
              .getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS));
    } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
      return Optional.empty();
    } catch (WorkflowNotFoundException closed) {
      throw alreadyDecided(claimId);
    } catch (WorkflowServiceException failure) {
      // An update sent to a workflow that has just completed is refused by the server itself.
      if (failure.getCause() instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw alreadyDecided(claimId);
      }
      throw failure;
    }
  }

  /** The workflow ends once its claim is paid or denied: nothing is left to decide. */
  private static ApiException alreadyDecided(String claimId) {
    return new ApiException(
        ErrorCode.CLAIM_INVALID_STATE, "Claim " + claimId + " is already decided.");
  }

  /** The workflow's claim, for the moment before its row exists; empty without a workflow. */
  public Optional<ClaimSnapshot> snapshot(String tenantId, String claimId) {
    String workflowId = WorkflowIds.claim(tenantId, claimId);
    try {
      // Only a running claim: one refused at submission never had a row and is no claim.
      if (client.newUntypedWorkflowStub(workflowId).describe().getStatus()
          != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        return Optional.empty();
      }
      return Optional.of(client.newWorkflowStub(ClaimWorkflow.class, workflowId).snapshot());
    } catch (WorkflowNotFoundException missing) {
      return Optional.empty();
    }
  }

  static WorkflowOptions startOptions(NewClaim claim) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.claim(claim.tenantId(), claim.claimId()))
        .setTaskQueue(TaskQueues.SHIPPING)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, claim.tenantId())
                .set(SearchAttributes.SHIPMENT_ID, claim.shipmentId())
                // Claims waiting for an operator, by carrier: NeedsAttention AND Carrier = 'ups'.
                .set(SearchAttributes.CARRIER, claim.carrier())
                .set(SearchAttributes.TRACKING_CODE, claim.trackingCode())
                .build())
        .build();
  }
}
