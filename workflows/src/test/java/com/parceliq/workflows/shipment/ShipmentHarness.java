package com.parceliq.workflows.shipment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.LabelStorageActivities;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.PricingActivities;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.ShipmentRecordActivities;
import com.parceliq.workflows.ports.VoidOutcome;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.common.SearchAttributeKey;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The shipment workflow on the test service, with Mockito activities on the production task queues
 * ({@code shipping}, {@code billing}, {@code carrier-sandbox}) answering the happy path until a
 * test says otherwise.
 */
final class ShipmentHarness {

  /** Quotes are valid this long after they are made. */
  static final Duration QUOTE_VALIDITY = Duration.ofHours(1);

  final ShipmentRecordActivities records = activityMock(ShipmentRecordActivities.class);
  final CarrierDirectoryActivities directory = activityMock(CarrierDirectoryActivities.class);
  final LabelStorageActivities labelStorage = activityMock(LabelStorageActivities.class);
  final LedgerActivities ledger = activityMock(LedgerActivities.class);
  final EventActivities events = activityMock(EventActivities.class);
  final PricingActivities pricing = activityMock(PricingActivities.class);
  final CarrierActivities carrier = activityMock(CarrierActivities.class);

  final TestWorkflowEnvironment env;
  final WorkflowClient client;

  ShipmentHarness(TestWorkflowEnvironment env) {
    this.env = env;
    this.client = env.getWorkflowClient();
    Worker shipping = env.newWorker(TaskQueues.SHIPPING);
    shipping.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    // The shipment workflow runs these as local activities, so they live on its own worker.
    shipping.registerActivitiesImplementations(
        records, directory, labelStorage, ledger, events, pricing);
    // The purchase's hold is a regular activity on the billing queue (see ShipmentActivities).
    env.newWorker(TaskQueues.BILLING).registerActivitiesImplementations(ledger);
    env.newWorker(TaskQueues.carrier(ShipmentFixtures.CARRIER))
        .registerActivitiesImplementations(carrier);
    env.start();
    answerHappyPath();
  }

  private void answerHappyPath() {
    Instant expiresAt = Instant.ofEpochMilli(env.currentTimeMillis()).plus(QUOTE_VALIDITY);
    when(directory.ratingCarriers(anyString()))
        .thenReturn(List.of(new CarrierChoice(ShipmentFixtures.CARRIER, null)));
    when(carrier.quoteRates(eq(new CarrierChoice(ShipmentFixtures.CARRIER, null)), any()))
        .thenReturn(
            List.of(
                ShipmentFixtures.groundQuote(expiresAt), ShipmentFixtures.expressQuote(expiresAt)));
    when(ledger.holdFunds(any())).thenReturn(ShipmentFixtures.holdReceipt());
    when(ledger.settleLabel(any())).thenReturn(ShipmentFixtures.chargeReceipt());
    when(ledger.releaseHold(any())).thenReturn(ShipmentFixtures.nothingPosted());
    when(ledger.refundLabel(any())).thenReturn(ShipmentFixtures.refundReceipt());
    when(carrier.purchaseLabel(any())).thenReturn(ShipmentFixtures.label());
    when(carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REFUNDED, "label voided"));
    when(labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenReturn(ShipmentFixtures.storedLabel());
    when(events.emit(any())).thenReturn(ShipmentFixtures.EVENT_ID);
  }

  static String workflowId() {
    return WorkflowIds.shipment(ShipmentFixtures.TENANT, ShipmentFixtures.SHIPMENT);
  }

  /** Starts the workflow and waits until the shipment is recorded, as the API does. */
  ShipmentWorkflow create() {
    ShipmentWorkflow shipment =
        client.newWorkflowStub(
            ShipmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId())
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
    WorkflowClient.start(shipment::run, ShipmentFixtures.newShipment());
    shipment.created();
    return shipment;
  }

  ShipmentWorkflow createAndRate() {
    ShipmentWorkflow shipment = create();
    rate(shipment);
    return shipment;
  }

  /**
   * Rates through {@link WorkflowClient#startUpdate}, as the API does: the blocking typed stub
   * reads an update's result with the raw return type, so list elements would come back as maps.
   */
  static List<RateQuote> rate(ShipmentWorkflow shipment) {
    return WorkflowClient.startUpdate(
            shipment::rate,
            UpdateOptions.<List<RateQuote>>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build())
        .getResult();
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(workflowId());
  }

  <T> T searchAttribute(SearchAttributeKey<T> key) {
    return untyped().describe().getTypedSearchAttributes().get(key);
  }

  long historyEvents(EventType type) {
    return client.fetchHistory(workflowId()).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .count();
  }

  private static <T> T activityMock(Class<T> activityInterface) {
    // Without annotations: the mock class must not look like a second @ActivityInterface.
    return mock(activityInterface, withSettings().withoutAnnotations());
  }
}
