package com.parceliq.workers;

import com.parceliq.activities.carrier.CarrierPluginRegistry;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.LabelStorageActivities;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.PricingActivities;
import com.parceliq.workflows.ports.ShipmentRecordActivities;
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
 * storage, ledger, event and pricing-rule activities the shipment workflow runs locally; the wallet
 * workflows' ledger postings on {@code billing}; and each carrier on its own queue with its own
 * concurrency limit so one slow carrier cannot starve the others.
 *
 * <p>The activity objects are CDI client proxies: subclasses of the implementations, which Temporal
 * accepts because it looks for activity interfaces through the whole class hierarchy; calls go
 * through the proxy, so interceptors such as {@code @Transactional} apply.
 */
@ApplicationScoped
public class TaskQueueRegistrar {

  private static final Logger LOG = Logger.getLogger(TaskQueueRegistrar.class);

  @Inject ShipmentRecordActivities shipmentRecords;
  @Inject LabelStorageActivities labelStorage;
  @Inject CarrierDirectoryActivities carrierDirectory;
  @Inject LedgerActivities ledger;
  @Inject EventActivities events;
  @Inject PricingActivities pricing;
  @Inject CarrierActivities carrierCalls;
  @Inject CarrierPluginRegistry carriers;
  @Inject WorkerSettings settings;
  @Inject Config config;

  private final List<String> queues = new ArrayList<>();

  void register(WorkerFactory factory) {
    for (WorkflowRegistrations.Registration workflows : WorkflowRegistrations.all()) {
      worker(factory, workflows.taskQueue(), options())
          .registerWorkflowImplementationTypes(
              workflows.implementations().toArray(Class<?>[]::new));
    }
    worker(factory, TaskQueues.SHIPPING, options())
        .registerActivitiesImplementations(
            shipmentRecords, labelStorage, carrierDirectory, ledger, events, pricing);
    worker(factory, TaskQueues.BILLING, options()).registerActivitiesImplementations(ledger);
    for (String code : carriers.codes()) {
      int limit = carrierConcurrency(code);
      String queue = TaskQueues.carrier(code);
      worker(factory, queue, options().setMaxConcurrentActivityExecutionSize(limit))
          .registerActivitiesImplementations(carrierCalls);
      LOG.infof("carrier %s: task queue %s, at most %d concurrent calls", code, queue, limit);
    }
  }

  /** The task queues registered, for logs. */
  List<String> queues() {
    return List.copyOf(queues);
  }

  private int carrierConcurrency(String code) {
    return config
        .getOptionalValue("parceliq.carriers." + code + ".max-concurrent-activities", Integer.class)
        .orElse(settings.defaultMaxConcurrentCarrierActivities());
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

  private static WorkerOptions.Builder options() {
    // Activities block on JDBC, S3 and carrier HTTP: virtual threads make that cheap.
    return WorkerOptions.newBuilder().setUsingVirtualThreads(true);
  }
}
