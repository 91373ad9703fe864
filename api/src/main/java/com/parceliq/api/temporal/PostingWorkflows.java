package com.parceliq.api.temporal;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowTargetOptions;
import io.temporal.workflow.Functions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs a workflow that posts to a tenant's ledger (a deposit, an adjustment) and waits for its
 * receipt. A retry of the same posting (same workflow id) joins the running workflow, or reads the
 * result of the one that completed; only a failed earlier attempt runs again.
 */
@ApplicationScoped
public class PostingWorkflows {

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  /**
   * Starts {@code method} of a new {@code type} workflow with {@code input}, or joins the workflow
   * already under {@code workflowId}; {@code what} names the posting in a 503 past the wait.
   */
  public <W, A> LedgerReceipt run(
      Class<W> type,
      String workflowId,
      String tenantId,
      Function<W, Functions.Func1<A, LedgerReceipt>> method,
      A input,
      String what) {
    return runOnce(type, workflowId, tenantId, method, input, LedgerReceipt.class, what);
  }

  /**
   * The same for any keyed workflow with a result of {@code resultType} (a scan form, say): one run
   * per id, joined or read back by a retry, run again only after a failure.
   */
  public <W, A, R> R runOnce(
      Class<W> type,
      String workflowId,
      String tenantId,
      Function<W, Functions.Func1<A, R>> method,
      A input,
      Class<R> resultType,
      String what) {
    W workflow = client.newWorkflowStub(type, options(workflowId, tenantId));
    WorkflowStub execution;
    try {
      WorkflowClient.start(method.apply(workflow), input);
      execution = WorkflowStub.fromTyped(workflow);
    } catch (WorkflowExecutionAlreadyStarted completedBefore) {
      execution =
          client.newUntypedWorkflowStub(
              WorkflowTargetOptions.newBuilder().setWorkflowId(workflowId).build());
    }
    try {
      return execution.getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS, resultType);
    } catch (TimeoutException e) {
      throw StillRunning.error(what);
    }
  }

  static WorkflowOptions options(String workflowId, String tenantId) {
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
