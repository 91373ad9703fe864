package com.parceliq.workflows.address;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.parceliq.domain.Address;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.AddressCheckResult;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * The address validation workflow on the test service: the directory (run locally) on {@code
 * shipping}, and a mocked carrier on {@code carrier-sandbox}.
 */
final class AddressValidationHarness {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String CHECK = "check-1";
  static final String CARRIER = "sandbox";

  static final Address GIVEN =
      new Address(
          "Jo Doe", null, " 9 elm st ", null, "portland", "OR", "97201-1234", "us", null, null);
  static final Address NORMALIZED =
      new Address("Jo Doe", null, "9 ELM ST", null, "PORTLAND", "OR", "97201", "US", null, null);

  final CarrierDirectoryActivities directory =
      mock(CarrierDirectoryActivities.class, withSettings().withoutAnnotations());
  final CarrierActivities carrier =
      mock(CarrierActivities.class, withSettings().withoutAnnotations());
  final WorkflowClient client;

  AddressValidationHarness(TestWorkflowEnvironment env) {
    client = env.getWorkflowClient();
    Worker shipping = env.newWorker(TaskQueues.SHIPPING);
    shipping.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    shipping.registerActivitiesImplementations(directory);
    env.newWorker(TaskQueues.carrier(CARRIER)).registerActivitiesImplementations(carrier);
    env.start();
  }

  static AddressValidationRequest request(String carrier) {
    return new AddressValidationRequest(TENANT, carrier, null, GIVEN);
  }

  static AddressCheckResult verified() {
    return new AddressCheckResult(CARRIER, NORMALIZED, true, List.of());
  }

  static String workflowId() {
    return WorkflowIds.addressValidation(TENANT, CHECK);
  }

  AddressCheckResult validate(AddressValidationRequest request) {
    AddressValidationWorkflow workflow =
        client.newWorkflowStub(
            AddressValidationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId())
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
    return workflow.validate(request);
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(workflowId());
  }
}
