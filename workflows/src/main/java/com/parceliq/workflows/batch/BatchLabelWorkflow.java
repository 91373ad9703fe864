package com.parceliq.workflows.batch;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Generates a batch's label (id {@code batch-label:<tenant>:<batch>}): one document of every
 * purchased shipment's label, stored in S3; the batch goes {@code label_generating} → {@code
 * label_generated}.
 */
@WorkflowInterface
public interface BatchLabelWorkflow {

  @WorkflowMethod
  void run(String tenantId, String batchId, String format);
}
