package com.parceliq.api.ledger;

import com.parceliq.api.temporal.StillRunning;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.LedgerAdjustmentWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowTargetOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link LedgerAdjustmentWorkflow} and waits for its receipt. A retry of the same adjustment
 * (same workflow id) joins the running workflow or reads the completed one's result; only a failed
 * earlier attempt runs again.
 */
@ApplicationScoped
public class LedgerAdjustments {

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  LedgerReceipt adjust(String workflowId, LedgerAdjustment adjustment) {
    LedgerAdjustmentWorkflow workflow =
        client.newWorkflowStub(
            LedgerAdjustmentWorkflow.class, options(workflowId, adjustment.tenantId()));
    WorkflowStub execution;
    try {
      WorkflowClient.start(workflow::adjust, adjustment);
      execution = WorkflowStub.fromTyped(workflow);
    } catch (WorkflowExecutionAlreadyStarted completedBefore) {
      execution =
          client.newUntypedWorkflowStub(
              WorkflowTargetOptions.newBuilder().setWorkflowId(workflowId).build());
    }
    try {
      return execution.getResult(
          wait.duration().toMillis(), TimeUnit.MILLISECONDS, LedgerReceipt.class);
    } catch (TimeoutException e) {
      throw StillRunning.error("The adjustment");
    }
  }

  private static WorkflowOptions options(String workflowId, String tenantId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(TaskQueues.SHIPPING)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(
            WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, tenantId)
                .build())
        .build();
  }
}
