package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.activities.carrier.CarrierPluginRegistry;
import com.parceliq.activities.webhooks.WebhookSettings;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.ports.ArchivalActivities;
import com.parceliq.workflows.ports.BatchLabelActivities;
import com.parceliq.workflows.ports.BatchPurchaseActivities;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import com.parceliq.workflows.ports.ClaimCarrierActivities;
import com.parceliq.workflows.ports.ClaimRecordActivities;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.InvoicingActivities;
import com.parceliq.workflows.ports.LabelDocumentActivities;
import com.parceliq.workflows.ports.LabelStorageActivities;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.PickupCarrierActivities;
import com.parceliq.workflows.ports.PickupLedgerActivities;
import com.parceliq.workflows.ports.PickupRecordActivities;
import com.parceliq.workflows.ports.PricingActivities;
import com.parceliq.workflows.ports.ReconciliationActivities;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import com.parceliq.workflows.ports.ScanFormRecordActivities;
import com.parceliq.workflows.ports.ScanFormStorageActivities;
import com.parceliq.workflows.ports.ShipmentRecordActivities;
import com.parceliq.workflows.ports.TrackingPollActivities;
import com.parceliq.workflows.ports.WebhookActivities;
import com.parceliq.workflows.ports.WebhookReplayActivities;
import com.parceliq.workflows.wallet.DepositRequest;
import com.parceliq.workflows.wallet.WalletDepositWorkflow;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskQueueRegistrarTest {

  private final TaskQueueRegistrar registrar = new TaskQueueRegistrar();
  private TestWorkflowEnvironment env;

  @BeforeEach
  void setUp() {
    registrar.shipmentRecords = mock(ShipmentRecordActivities.class);
    registrar.labelStorage = mock(LabelStorageActivities.class);
    registrar.carrierDirectory = mock(CarrierDirectoryActivities.class);
    registrar.ledger = mock(LedgerActivities.class);
    registrar.events = mock(EventActivities.class);
    registrar.pricing = mock(PricingActivities.class);
    registrar.scanFormRecords = mock(ScanFormRecordActivities.class);
    registrar.scanFormStorage = mock(ScanFormStorageActivities.class);
    registrar.labelDocuments = mock(LabelDocumentActivities.class);
    registrar.carrierCalls = mock(CarrierActivities.class);
    registrar.pickupRecords = mock(PickupRecordActivities.class);
    registrar.pickupLedger = mock(PickupLedgerActivities.class);
    registrar.pickupCarrierCalls = mock(PickupCarrierActivities.class);
    registrar.trackingPoll = mock(TrackingPollActivities.class);
    registrar.batchPurchases = mock(BatchPurchaseActivities.class);
    registrar.batchLabels = mock(BatchLabelActivities.class);
    registrar.webhooks = mock(WebhookActivities.class);
    registrar.webhookReplays = mock(WebhookReplayActivities.class);
    registrar.archival = mock(ArchivalActivities.class);
    registrar.invoicing = mock(InvoicingActivities.class);
    registrar.claimRecords = mock(ClaimRecordActivities.class);
    registrar.claimCarrierCalls = mock(ClaimCarrierActivities.class);
    registrar.reconciliation = mock(ReconciliationActivities.class);
    registrar.reconciliationInbox = mock(ReconciliationInboxActivities.class);
    registrar.webhookSettings = mock(WebhookSettings.class);
    when(registrar.webhookSettings.maxConcurrentPerEndpoint()).thenReturn(8);
    registrar.carriers = mock(CarrierPluginRegistry.class);
    registrar.config = mock(Config.class);
    when(registrar.carriers.codes()).thenReturn(Set.of("sandbox"));
    when(registrar.carriers.descriptor("sandbox"))
        .thenReturn(
            Optional.of(
                new CarrierDescriptor(
                    "sandbox",
                    "Sandbox",
                    List.of("ground"),
                    Set.of(Capability.RATING),
                    Set.of(),
                    List.of(),
                    new CarrierLimits(8, 5, Duration.ofSeconds(10)))));
    when(registrar.config.getOptionalValue(any(), any())).thenReturn(Optional.empty());
    env = TestWorkflowEnvironment.newInstance();
    env.registerSearchAttribute("TenantId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  @Test
  void everyConcernGetsItsOwnTaskQueue() {
    registrar.register(env.getWorkerFactory());

    assertThat(registrar.queues())
        .containsExactlyInAnyOrder(
            TaskQueues.SHIPPING,
            TaskQueues.BILLING,
            TaskQueues.DOCUMENTS,
            TaskQueues.BATCHES,
            TaskQueues.WEBHOOKS,
            TaskQueues.ARCHIVAL,
            TaskQueues.RECONCILIATION,
            TaskQueues.carrier("sandbox"));
    verify(registrar.config)
        .getOptionalValue("parceliq.carriers.sandbox.max-concurrent-activities", Integer.class);
    verify(registrar.config)
        .getOptionalValue("parceliq.carriers.sandbox.calls-per-second", Double.class);
  }

  @Test
  void aDeploymentOfOneQueueGroupPollsOnlyItsQueues() {
    when(registrar.config.getOptionalValues(QueueSelection.KEY, String.class))
        .thenReturn(Optional.of(List.of(TaskQueues.WEBHOOKS, QueueSelection.EVERY_CARRIER)));

    registrar.register(env.getWorkerFactory());

    assertThat(registrar.queues())
        .containsExactlyInAnyOrder(TaskQueues.WEBHOOKS, TaskQueues.carrier("sandbox"));
  }

  @Test
  void aDepositWorkflowOnShippingReachesTheLedgerOnBilling() {
    var receipt = new LedgerReceipt("led_1", Money.usd("100.00"));
    when(registrar.ledger.deposit(any())).thenReturn(receipt);
    registrar.register(env.getWorkerFactory());
    env.start();

    WalletDepositWorkflow deposit =
        env.getWorkflowClient()
            .newWorkflowStub(
                WalletDepositWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(TaskQueues.SHIPPING)
                    .setWorkflowId("deposit:ten_1:dep_1")
                    .build());

    assertThat(deposit.deposit(new DepositRequest("ten_1", "dep_1", Money.usd("100.00"), "k")))
        .isEqualTo(receipt);
  }
}
