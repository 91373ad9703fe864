package com.parceliq.workflows.pickup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.PickupCarrierActivities;
import com.parceliq.workflows.ports.PickupLedgerActivities;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.PickupRecordActivities;
import com.parceliq.workflows.ports.ScheduledPickup;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pickup workflow on the test service, with Mockito activities on the production task queues
 * ({@code shipping}, {@code billing}, {@code carrier-sandbox}) answering the happy path.
 */
final class PickupHarness {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String PICKUP = "pck_01JTESTPICKUP0000000000";
  static final String CARRIER = "sandbox";
  static final Money STANDARD_FEE = Money.usd("4.50");
  static final PickupQuote STANDARD =
      new PickupQuote("rate_01JSTANDARD000000000000", CARRIER, "standard", STANDARD_FEE);
  static final PickupQuote PRIORITY =
      new PickupQuote("rate_01JPRIORITY000000000000", CARRIER, "priority", Money.usd("12.00"));
  static final ScheduledPickup CONFIRMED = new ScheduledPickup("PU12345678", STANDARD_FEE);
  static final Instant WINDOW_START = TemporalTestEnvironments.START.plus(Duration.ofDays(1));
  static final Instant WINDOW_END = WINDOW_START.plus(Duration.ofHours(3));

  final PickupRecordActivities records = activityMock(PickupRecordActivities.class);
  final EventActivities events = activityMock(EventActivities.class);
  final PickupLedgerActivities ledger = activityMock(PickupLedgerActivities.class);
  final PickupCarrierActivities carrier = activityMock(PickupCarrierActivities.class);
  final WorkflowClient client;

  PickupHarness(TestWorkflowEnvironment env) {
    this.client = env.getWorkflowClient();
    env.newWorker(TaskQueues.SHIPPING)
        .registerWorkflowImplementationTypes(
            WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    env.getWorkerFactory()
        .getWorker(TaskQueues.SHIPPING)
        .registerActivitiesImplementations(records, events);
    env.newWorker(TaskQueues.BILLING).registerActivitiesImplementations(ledger);
    env.newWorker(TaskQueues.carrier(CARRIER)).registerActivitiesImplementations(carrier);
    env.start();
    when(carrier.quotePickup(any())).thenReturn(List.of(STANDARD, PRIORITY));
    when(carrier.schedulePickup(any(), eq("standard"), anyString())).thenReturn(CONFIRMED);
    LedgerReceipt receipt = new LedgerReceipt("led_01JTEST", Money.usd("95.50"));
    when(ledger.holdPickupFee(any())).thenReturn(receipt);
    when(ledger.settlePickupFee(any())).thenReturn(receipt);
    when(ledger.releasePickupHold(any())).thenReturn(new LedgerReceipt(null, Money.usd("100")));
    when(ledger.refundPickupFee(any())).thenReturn(receipt);
    when(events.emit(any())).thenReturn("evt_01JTEST");
  }

  static NewPickup newPickup() {
    return new NewPickup(
        TENANT,
        PICKUP,
        new Address(
            "EasyPost",
            null,
            "417 Montgomery Street",
            null,
            "San Francisco",
            "CA",
            "94104",
            "US",
            null,
            null),
        WINDOW_START,
        WINDOW_END,
        List.of("shp_01JA", "shp_01JB"),
        List.of("SBX0001", "SBX0002"),
        CARRIER,
        null,
        "Ring at the dock",
        "order-7",
        null);
  }

  static String workflowId() {
    return WorkflowIds.pickup(TENANT, PICKUP);
  }

  /** Starts the workflow and waits for its rates, as the API does. */
  PickupWorkflow create() {
    PickupWorkflow pickup =
        client.newWorkflowStub(
            PickupWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId())
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
    WorkflowClient.start(pickup::run, newPickup());
    pickup.created();
    return pickup;
  }

  static PickupSnapshot buy(PickupWorkflow pickup, String service, String key) {
    return WorkflowClient.startUpdate(
            pickup::buy,
            new BuyPickup(CARRIER, service, key),
            UpdateOptions.<PickupSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build())
        .getResult();
  }

  static PickupSnapshot cancel(PickupWorkflow pickup, String key) {
    return WorkflowClient.startUpdate(
            pickup::cancel,
            new CancelPickup(key),
            UpdateOptions.<PickupSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build())
        .getResult();
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(workflowId());
  }

  /** The refusal code a failed call carries (the type of its application failure). */
  static String refusalCode(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApplicationFailure application) {
        return application.getType();
      }
    }
    throw new AssertionError("no application failure in " + failure, failure);
  }

  private static <T> T activityMock(Class<T> activityInterface) {
    // Without annotations: the mock class must not look like a second @ActivityInterface.
    return mock(activityInterface, withSettings().withoutAnnotations());
  }
}
