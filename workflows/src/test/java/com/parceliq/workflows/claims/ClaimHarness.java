package com.parceliq.workflows.claims;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.CarrierClaimAnswer;
import com.parceliq.workflows.ports.ClaimCarrierActivities;
import com.parceliq.workflows.ports.ClaimRecordActivities;
import com.parceliq.workflows.ports.EventActivities;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.List;

/**
 * The claim workflow on the test service, with Mockito activities on the production task queues
 * ({@code shipping}, {@code carrier-sandbox}); the carrier files every claim as pending.
 */
final class ClaimHarness {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String CLAIM = "clm_01JTESTCLAIM00000000000";
  static final String SHIPMENT = "shp_01JTESTSHIPMENT000000000";
  static final String CARRIER = "sandbox";
  static final String CARRIER_CLAIM = "sbxclm_0123456789abcdef";
  static final Money CLAIMED = Money.usd("40.00");
  static final Duration POLL = Duration.ofHours(6);
  static final Duration DEADLINE = Duration.ofDays(30);

  final ClaimRecordActivities records = activityMock(ClaimRecordActivities.class);
  final EventActivities events = activityMock(EventActivities.class);
  final ClaimCarrierActivities carrier = activityMock(ClaimCarrierActivities.class);
  final WorkflowClient client;

  ClaimHarness(TestWorkflowEnvironment env) {
    this.client = env.getWorkflowClient();
    env.newWorker(TaskQueues.SHIPPING)
        .registerWorkflowImplementationTypes(
            WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    env.getWorkerFactory()
        .getWorker(TaskQueues.SHIPPING)
        .registerActivitiesImplementations(records, events);
    env.newWorker(TaskQueues.carrier(CARRIER)).registerActivitiesImplementations(carrier);
    env.start();
    when(carrier.fileClaimWithCarrier(any())).thenReturn(pending());
    when(carrier.checkClaimWithCarrier(any(), any())).thenReturn(pending());
    when(records.payClaim(any())).thenReturn("led_01JTESTPAYOUT");
    when(events.emit(any())).thenReturn("evt_01JTEST");
  }

  static CarrierClaimAnswer pending() {
    return new CarrierClaimAnswer(CARRIER_CLAIM, CarrierClaimAnswer.PENDING, null, null);
  }

  static NewClaim newClaim() {
    return newClaim(DEADLINE);
  }

  static NewClaim newClaim(Duration deadline) {
    return new NewClaim(
        TENANT,
        CLAIM,
        SHIPMENT,
        "SBX000000000001",
        CARRIER,
        null,
        "damaged",
        CLAIMED,
        "Crushed in transit",
        List.of(
            new ClaimEvidence(
                0, "photo.jpg", "image/jpeg", 3, "abc123", "parceliq-claims", "claims/x/0")),
        POLL,
        deadline);
  }

  /** Starts the workflow and waits until the claim is recorded, as the API does. */
  ClaimWorkflow submit() {
    return submit(newClaim());
  }

  ClaimWorkflow submit(NewClaim submitted) {
    ClaimWorkflow claim =
        client.newWorkflowStub(
            ClaimWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.claim(TENANT, CLAIM))
                .setTaskQueue(TaskQueues.SHIPPING)
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .build());
    WorkflowClient.executeUpdateWithStart(
        claim::submitted,
        UpdateOptions.<ClaimSnapshot>newBuilder()
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build(),
        new WithStartWorkflowOperation<>(claim::run, submitted));
    return claim;
  }

  static ClaimSnapshot decide(ClaimWorkflow claim, ClaimDecision decision) {
    return WorkflowClient.startUpdate(
            claim::decide,
            decision,
            UpdateOptions.<ClaimSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build())
        .getResult();
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(WorkflowIds.claim(TENANT, CLAIM));
  }

  private static <T> T activityMock(Class<T> activityInterface) {
    // Without annotations: the mock class must not look like a second @ActivityInterface.
    return mock(activityInterface, withSettings().withoutAnnotations());
  }
}
