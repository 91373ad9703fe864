package com.parceliq.api.addresses;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.address.AddressValidationRequest;
import com.parceliq.workflows.address.AddressValidationWorkflow;
import com.parceliq.workflows.ports.AddressCheckResult;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one address validation workflow and waits for its verdict. Each request gets a workflow of
 * its own: a validation changes nothing, so a retry may simply ask again.
 */
@ApplicationScoped
public class AddressValidations {

  /**
   * Nobody waits for a verdict long after the API gave up on it, so a workflow whose worker or
   * carrier is gone ends by itself instead of lingering.
   */
  static final Duration EXECUTION_TIMEOUT = Duration.ofMinutes(5);

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  public AddressCheckResult validate(AddressValidationRequest request) {
    String workflowId =
        WorkflowIds.addressValidation(request.tenantId(), UUID.randomUUID().toString());
    AddressValidationWorkflow workflow =
        client.newWorkflowStub(
            AddressValidationWorkflow.class, options(workflowId, request.tenantId()));
    WorkflowClient.start(workflow::validate, request);
    try {
      return WorkflowStub.fromTyped(workflow)
          .getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS, AddressCheckResult.class);
    } catch (TimeoutException e) {
      throw new ApiException(
          ErrorCode.DEPENDENCY_UNAVAILABLE,
          "The carrier did not verify the address in time. Retry later.");
    }
  }

  static WorkflowOptions options(String workflowId, String tenantId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(TaskQueues.SHIPPING)
        .setWorkflowExecutionTimeout(EXECUTION_TIMEOUT)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, tenantId)
                .build())
        .build();
  }
}
