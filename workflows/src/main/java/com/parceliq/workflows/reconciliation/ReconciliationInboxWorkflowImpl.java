package com.parceliq.workflows.reconciliation;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.ports.InboxPage;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Pages through each carrier's inbox prefix and starts a reconciliation per claimed file as an
 * abandoned child (it outlives the scan), with the id {@code WorkflowIds.reconciliation}: the run
 * id is the claim's, so a file whose workflow already started is refused by Temporal and skipped,
 * and the run row's unique (tenant, bucket, key) keeps a file from ever being claimed twice.
 */
public class ReconciliationInboxWorkflowImpl implements ReconciliationInboxWorkflow {

  static final int FILES_PER_PAGE = 100;

  private static final Logger log = Workflow.getLogger(ReconciliationInboxWorkflowImpl.class);

  private final ReconciliationInboxActivities steps =
      Workflow.newActivityStub(
          ReconciliationInboxActivities.class, ActivityPolicies.reconciliationSteps());

  @Override
  public int scan() {
    int started = 0;
    for (String carrier : steps.reconcileInboxCarriers()) {
      String after = null;
      do {
        InboxPage page = steps.reconcileInboxPage(carrier, after, FILES_PER_PAGE);
        for (ReconciliationRequest file : page.files()) {
          started += start(file) ? 1 : 0;
        }
        after = page.nextStartAfter();
      } while (after != null);
    }
    log.info("reconciliation inbox: {} reconciliations started", started);
    return started;
  }

  private boolean start(ReconciliationRequest file) {
    ReconciliationWorkflow child =
        Workflow.newChildWorkflowStub(
            ReconciliationWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.reconciliation(file.tenantId(), file.runId()))
                .setTaskQueue(TaskQueues.RECONCILIATION)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.TENANT_ID, file.tenantId())
                        .build())
                .build());
    Async.function(child::run, file);
    try {
      Workflow.getWorkflowExecution(child).get();
      return true;
    } catch (ChildWorkflowFailure alreadyStarted) {
      // An earlier scan started it (and died before the row left pending): nothing to do.
      return false;
    }
  }
}
