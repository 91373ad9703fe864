package com.parceliq.api.reconciliation;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import com.parceliq.workflows.reconciliation.ReconciliationWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Starts one run's {@link ReconciliationWorkflow}; a retry with the same run id joins it. */
@ApplicationScoped
class ReconciliationStarts {

  private static final Logger LOG = Logger.getLogger(ReconciliationStarts.class);

  @Inject WorkflowClient client;

  void start(ReconciliationRequest request) {
    ReconciliationWorkflow workflow =
        client.newWorkflowStub(
            ReconciliationWorkflow.class, options(request.tenantId(), request.runId()));
    try {
      WorkflowClient.start(workflow::run, request);
    } catch (WorkflowExecutionAlreadyStarted sameRun) {
      LOG.debugf("Reconciliation %s already started; the retry joins it", request.runId());
    }
  }

  private static WorkflowOptions options(String tenantId, String runId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.reconciliation(tenantId, runId))
        .setTaskQueue(TaskQueues.RECONCILIATION)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, tenantId)
                .build())
        .build();
  }
}
