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
import com.parceliq.workflows.ports.EventActivities;
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
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Decides what runs on which task queue: workflows on {@code shipping}, with the read-model,
 * storage, ledger, event and pricing-rule activities the shipment workflow runs locally (and the
 * pickup workflow's read model, as regular activities); the wallet workflows' and pickups' ledger
 * postings on {@code billing}; the scan form workflow's steps on {@code shipping} too; merged label
 * documents on {@code documents}; webhook deliveries (workflows, their attempts and replays) on
 * {@code webhooks}; batch steps on {@code batches}; archival (its workflow and pages) on {@code
 * archival}; carrier invoice reconciliation (its workflows, steps and event) on {@code
 * reconciliation}; and each carrier on its own queue with its own concurrency limit so one slow
 * carrier cannot starve the others.
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
  @Inject ReconciliationActivities reconciliation;
  @Inject ReconciliationInboxActivities reconciliationInbox;
  @Inject WebhookSettings webhookSettings;
  @Inject CarrierPluginRegistry carriers;
  @Inject Config config;

  private final List<String> queues = new ArrayList<>();

  void register(WorkerFactory factory) {
    for (WorkflowRegistrations.Registration workflows : WorkflowRegistrations.all()) {
      worker(factory, workflows.taskQueue(), optionsOf(workflows.taskQueue()))
          .registerWorkflowImplementationTypes(
              workflows.implementations().toArray(Class<?>[]::new));
    }
    worker(factory, TaskQueues.SHIPPING, options())
        .registerActivitiesImplementations(
            shipmentRecords,
            labelStorage,
            carrierDirectory,
            ledger,
            events,
            pricing,
            scanFormRecords,
            scanFormStorage,
            pickupRecords,
            trackingPoll);
    // Merges hold a temporary directory and a PDF page tree each: two at a time per worker.
    worker(
            factory,
            TaskQueues.DOCUMENTS,
            options().setMaxConcurrentActivityExecutionSize(DOCUMENT_MERGES_AT_ONCE))
        .registerActivitiesImplementations(labelDocuments, batchLabels);
    worker(factory, TaskQueues.BILLING, options())
        .registerActivitiesImplementations(ledger, pickupLedger);
    // Batch steps mostly wait on shipment workflows: a wide pool of (virtual) threads is cheap.
    worker(factory, TaskQueues.BATCHES, options().setMaxConcurrentActivityExecutionSize(256))
        .registerActivitiesImplementations(batchPurchases, batchLabels);
    worker(factory, TaskQueues.WEBHOOKS, webhookOptions())
        .registerActivitiesImplementations(webhooks, webhookReplays);
    worker(factory, TaskQueues.ARCHIVAL, archivalOptions())
        .registerActivitiesImplementations(archival);
    worker(factory, TaskQueues.RECONCILIATION, reconciliationOptions())
        .registerActivitiesImplementations(reconciliation, reconciliationInbox, events);
    for (String code : carriers.codes()) {
      CarrierLimits limits = carriers.descriptor(code).orElseThrow().limits();
      int concurrency =
          carrierSetting(code, "max-concurrent-activities", Integer.class)
              .orElse(limits.maxConcurrentCalls());
      double perSecond =
          carrierSetting(code, "calls-per-second", Double.class).orElse(limits.callsPerSecond());
      String queue = TaskQueues.carrier(code);
      worker(
              factory,
              queue,
              options()
                  .setMaxConcurrentActivityExecutionSize(concurrency)
                  // Enforced by the Temporal server across every worker of the queue.
                  .setMaxTaskQueueActivitiesPerSecond(perSecond))
          .registerActivitiesImplementations(carrierCalls, pickupCarrierCalls);
      LOG.infof(
          "carrier %s: task queue %s, at most %d concurrent calls and %.1f calls/s",
          code, queue, concurrency, perSecond);
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
