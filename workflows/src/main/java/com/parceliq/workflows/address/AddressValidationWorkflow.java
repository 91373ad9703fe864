package com.parceliq.workflows.address;

import com.parceliq.workflows.ports.AddressCheckResult;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Asks one carrier to verify and normalize an address (id {@code
 * address-validation:<tenant>:<check>}). Short-lived: the API waits for its result.
 */
@WorkflowInterface
public interface AddressValidationWorkflow {

  @WorkflowMethod
  AddressCheckResult validate(AddressValidationRequest request);
}
