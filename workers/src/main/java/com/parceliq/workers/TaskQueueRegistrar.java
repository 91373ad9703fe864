package com.parceliq.workers;

import com.parceliq.activities.carrier.CarrierPluginRegistry;
import com.parceliq.activities.webhooks.WebhookSettings;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.WorkflowRegistrations;
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
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Decides what runs on which task queue: workflows on {@code shipping}, with the read-model,
 * storage, ledger, event and pricing-rule activities the shipment workflow runs locally (and the
 * pickup workflow's read model, as regular activities); the wallet workflows' and pickups' ledger
 * postings and the monthly tenant statements' steps on {@code billing}; the scan form workflow's
 * steps on {@code shipping} too; merged label documents on {@code documents}; webhook deliveries
 * (workflows, their attempts and replays) on {@code webhooks}; batch steps on {@code batches};
 * archival (its workflow and pages) on {@code archival}; carrier invoice reconciliation (its
 * workflows, steps and event) on {@code reconciliation}; and each carrier on its own queue with its
 * own concurrency limit so one slow carrier cannot starve the others.
 *
 * <p>The activity objects are CDI client proxies: subclasses of the implementations, which Temporal
 * accepts because it looks for activity interfaces through the whole class hierarchy; calls go
 * through the proxy, so interceptors such as {@code @Transactional} apply.
 */
@ApplicationScoped
public class TaskQueueRegistrar {

  private static final Logger LOG = Logger.getLogger(TaskQueueRegistrar.class);

  static final int DOCUMENT_MERGES_AT_ONCE = 2;
  static final int ARCHIVAL_PAGES_AT_ONCE = 2;
  static final int RECONCILIATION_STEPS_AT_ONCE = 2;
  static final int WEBHOOK_LOCAL_ACTIVITY_SLOTS = 512;
  static final int WEBHOOK_WORKFLOW_TASK_SLOTS = 200;

  @Inject ShipmentRecordActivities shipmentRecords;
  @Inject LabelStorageActivities labelStorage;
  @Inject CarrierDirectoryActivities carrierDirectory;
  @Inject LedgerActivities ledger;
  @Inject EventActivities events;
  @Inject PricingActivities pricing;
  @Inject ScanFormRecordActivities scanFormRecords;
  @Inject ScanFormStorageActivities scanFormStorage;
  @Inject LabelDocumentActivities labelDocuments;
  @Inject CarrierActivities carrierCalls;
  @Inject BatchPurchaseActivities batchPurchases;
  @Inject BatchLabelActivities batchLabels;
  @Inject PickupRecordActivities pickupRecords;
  @Inject PickupLedgerActivities pickupLedger;
  @Inject PickupCarrierActivities pickupCarrierCalls;
  @Inject TrackingPollActivities trackingPoll;
  @Inject WebhookActivities webhooks;
  @Inject WebhookReplayActivities webhookReplays;
  @Inject ArchivalActivities archival;
  @Inject InvoicingActivities invoicing;
  @Inject ClaimRecordActivities claimRecords;
  @Inject ClaimCarrierActivities claimCarrierCalls;
  @Inject ReconciliationActivities reconciliation;
  @Inject ReconciliationInboxActivities reconciliationInbox;
  @Inject WebhookSettings webhookSettings;
  @Inject CarrierPluginRegistry carriers;
  @Inject Config config;

  private final List<String> queues = new ArrayList<>();

  void register(WorkerFactory factory) {
    QueueSelection selection =
        QueueSelection.of(config.getOptionalValues(QueueSelection.KEY, String.class));
    for (WorkflowRegistrations.Registration workflows : WorkflowRegistrations.all()) {
      on(
          factory,
          selection,
          workflows.taskQueue(),
          optionsOf(workflows.taskQueue()),
          worker ->
              worker.registerWorkflowImplementationTypes(
                  workflows.implementations().toArray(Class<?>[]::new)));
    }
    on(
        factory,
        selection,
        TaskQueues.SHIPPING,
        options(),
        worker ->
            worker.registerActivitiesImplementations(
                shipmentRecords,
                labelStorage,
                carrierDirectory,
                ledger,
                events,
                pricing,
                scanFormRecords,
                scanFormStorage,
                pickupRecords,
                trackingPoll,
                claimRecords));
    // Merges hold a temporary directory and a PDF page tree each: two at a time per worker.
    on(
        factory,
        selection,
        TaskQueues.DOCUMENTS,
        options().setMaxConcurrentActivityExecutionSize(DOCUMENT_MERGES_AT_ONCE),
        worker -> worker.registerActivitiesImplementations(labelDocuments, batchLabels));
    on(
        factory,
        selection,
        TaskQueues.BILLING,
        options(),
        worker -> worker.registerActivitiesImplementations(ledger, pickupLedger, invoicing));
    // Batch steps mostly wait on shipment workflows: a wide pool of (virtual) threads is cheap.
    on(
        factory,
        selection,
        TaskQueues.BATCHES,
        options().setMaxConcurrentActivityExecutionSize(256),
        worker -> worker.registerActivitiesImplementations(batchPurchases, batchLabels));
    on(
        factory,
        selection,
        TaskQueues.WEBHOOKS,
        webhookOptions(),
        worker -> worker.registerActivitiesImplementations(webhooks, webhookReplays));
    on(
        factory,
        selection,
        TaskQueues.ARCHIVAL,
        archivalOptions(),
        worker -> worker.registerActivitiesImplementations(archival));
    on(
        factory,
        selection,
        TaskQueues.RECONCILIATION,
        reconciliationOptions(),
        worker ->
            worker.registerActivitiesImplementations(reconciliation, reconciliationInbox, events));
    for (String code : carriers.codes()) {
      String queue = TaskQueues.carrier(code);
      if (!selection.polls(queue)) {
        continue;
      }
      CarrierLimits limits = carriers.descriptor(code).orElseThrow().limits();
      int concurrency =
          carrierSetting(code, "max-concurrent-activities", Integer.class)
              .orElse(limits.maxConcurrentCalls());
      double perSecond =
          carrierSetting(code, "calls-per-second", Double.class).orElse(limits.callsPerSecond());
      worker(
              factory,
              queue,
              options()
                  .setMaxConcurrentActivityExecutionSize(concurrency)
                  // Enforced by the Temporal server across every worker of the queue.
                  .setMaxTaskQueueActivitiesPerSecond(perSecond))
          .registerActivitiesImplementations(carrierCalls, pickupCarrierCalls, claimCarrierCalls);
      LOG.infof(
          "carrier %s: task queue %s, at most %d concurrent calls and %.1f calls/s",
          code, queue, concurrency, perSecond);
    }
  }

  /** Registers on a queue's worker, unless this process does not poll that queue. */
  private void on(
      WorkerFactory factory,
      QueueSelection selection,
      String queue,
      WorkerOptions.Builder options,
      Consumer<Worker> registration) {
    if (selection.polls(queue)) {
      registration.accept(worker(factory, queue, options));
    }
  }

  /** The task queues registered, for logs. */
  List<String> queues() {
    return List.copyOf(queues);
  }

  /**
   * A carrier's limit from configuration, overriding the adapter's published default (lower to be
   * gentle, higher once the carrier has raised the platform's quota).
   */
  private <T> java.util.Optional<T> carrierSetting(String code, String key, Class<T> type) {
    return config.getOptionalValue("parceliq.carriers." + code + "." + key, type);
  }

  /** One worker per task queue: a queue's workflows and activities share it. */
  private Worker worker(WorkerFactory factory, String queue, WorkerOptions.Builder options) {
    Worker existing = factory.tryGetWorker(queue);
    if (existing != null) {
      return existing;
    }
    queues.add(queue);
    return factory.newWorker(queue, options.build());
  }

  private WorkerOptions.Builder optionsOf(String queue) {
    return switch (queue) {
      case TaskQueues.WEBHOOKS -> webhookOptions();
      case TaskQueues.ARCHIVAL -> archivalOptions();
      case TaskQueues.RECONCILIATION -> reconciliationOptions();
      default -> options();
    };
  }

  /** A page holds a few hundred documents in memory: two pages at a time per worker. */
  private static WorkerOptions.Builder archivalOptions() {
    return options().setMaxConcurrentActivityExecutionSize(ARCHIVAL_PAGES_AT_ONCE);
  }

  /**
   * A parse streams a file and a page classifies a thousand labels in one transaction: two at a
   * time per worker keeps a million-line invoice from taking the database's connections.
   */
  private static WorkerOptions.Builder reconciliationOptions() {
    return options().setMaxConcurrentActivityExecutionSize(RECONCILIATION_STEPS_AT_ONCE);
  }

  /**
   * Delivery attempts run as local activities on this worker, mostly waiting on endpoints: room for
   * every endpoint's in-flight attempts (the per-endpoint gate bounds each) plus the quick
   * bookkeeping, on virtual threads.
   */
  private WorkerOptions.Builder webhookOptions() {
    return options()
        .setMaxConcurrentLocalActivityExecutionSize(
            Math.max(WEBHOOK_LOCAL_ACTIVITY_SLOTS, 4 * webhookSettings.maxConcurrentPerEndpoint()))
        .setMaxConcurrentWorkflowTaskExecutionSize(WEBHOOK_WORKFLOW_TASK_SLOTS);
  }

  private static WorkerOptions.Builder options() {
    // Activities block on JDBC, S3 and carrier HTTP: virtual threads make that cheap.
    return WorkerOptions.newBuilder().setUsingVirtualThreads(true);
  }
}
