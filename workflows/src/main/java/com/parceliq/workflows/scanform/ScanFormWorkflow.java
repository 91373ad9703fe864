package com.parceliq.workflows.scanform;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Makes one scan form (id {@code scan-form:<tenant>:<scan form>}): claims the shipments, asks their
 * carrier for the manifest, stores the form and publishes {@code scan_form.created}. Short-lived:
 * the API waits for its result.
 */
@WorkflowInterface
public interface ScanFormWorkflow {

  @WorkflowMethod
  ScanFormResult create(ScanFormRequest request);
}
