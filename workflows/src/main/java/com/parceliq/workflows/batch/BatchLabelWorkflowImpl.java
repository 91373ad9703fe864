package com.parceliq.workflows.batch;

import com.parceliq.workflows.ports.BatchLabelActivities;
import com.parceliq.workflows.ports.StoredDocument;
import com.parceliq.workflows.support.ActivityPolicies;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

public class BatchLabelWorkflowImpl implements BatchLabelWorkflow {

  private final BatchLabelActivities merge =
      Workflow.newActivityStub(BatchLabelActivities.class, ActivityPolicies.documentMerge());
  private final BatchLabelActivities records =
      Workflow.newActivityStub(BatchLabelActivities.class, ActivityPolicies.batchSteps());

  @Override
  public void run(String tenantId, String batchId, String format) {
    StoredDocument document;
    try {
      document = merge.mergeBatchLabels(tenantId, batchId, format);
    } catch (ActivityFailure failure) {
      // Only a refusal gets here (labels that cannot go into the format); the batch says why.
      ApplicationFailure refusal = Refusals.from(failure);
      records.labelFailed(tenantId, batchId, refusal.getType(), refusal.getOriginalMessage());
      return;
    }
    records.labelGenerated(tenantId, batchId, document);
  }
}
