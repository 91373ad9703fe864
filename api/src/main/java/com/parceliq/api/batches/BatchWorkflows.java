package com.parceliq.api.batches;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.batch.BatchLabelWorkflow;
import com.parceliq.workflows.batch.BatchProgress;
import com.parceliq.workflows.batch.BatchPurchase;
import com.parceliq.workflows.batch.BatchPurchaseWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The API's calls into a batch's purchase workflow. */
@ApplicationScoped
public class BatchWorkflows {

  @Inject WorkflowClient client;

  /**
   * Starts the round's purchase, or finds it running: a buy repeated after a crash between the
   * database commit and this start lands here again and starts nothing twice.
   */
  public void startPurchase(BatchPurchase purchase) {
    BatchPurchaseWorkflow workflow =
        client.newWorkflowStub(
            BatchPurchaseWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.batch(purchase.tenantId(), purchase.batchId()))
                .setTaskQueue(TaskQueues.SHIPPING)
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                // Each buy of the batch is a new run under the same id.
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.TENANT_ID, purchase.tenantId())
                        .set(SearchAttributes.BATCH_ID, purchase.batchId())
                        .build())
                .build());
    WorkflowClient.start(workflow::run, purchase);
  }

  /** Starts the label's generation; a repeat while it runs finds the same workflow. */
  public void startLabel(String tenantId, String batchId, String format) {
    BatchLabelWorkflow workflow =
        client.newWorkflowStub(
            BatchLabelWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.batchLabel(tenantId, batchId))
                .setTaskQueue(TaskQueues.SHIPPING)
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.TENANT_ID, tenantId)
                        .set(SearchAttributes.BATCH_ID, batchId)
                        .build())
                .build());
    WorkflowClient.start(workflow::run, tenantId, batchId, format);
  }

  public void cancel(String tenantId, String batchId) {
    existing(tenantId, batchId).cancel();
  }

  /** The running purchase's live counts; empty when it cannot be asked (ended, or not started). */
  public Optional<BatchProgress> progress(String tenantId, String batchId) {
    try {
      BatchProgress progress = existing(tenantId, batchId).progress();
      return progress.counts() == null ? Optional.empty() : Optional.of(progress);
    } catch (WorkflowException notAnswering) {
      return Optional.empty();
    }
  }

  private BatchPurchaseWorkflow existing(String tenantId, String batchId) {
    return client.newWorkflowStub(
        BatchPurchaseWorkflow.class, WorkflowIds.batch(tenantId, batchId));
  }
}
