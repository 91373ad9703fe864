package com.parceliq.workers;

import com.parceliq.activities.carrier.CarrierCatalogPublisher;
import com.parceliq.temporal.observability.TemporalTracing;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Starts the Temporal workers with the application and stops them gracefully with it. Temporal may
 * come up after the workers (or restart under them), so starting retries in the background and the
 * readiness check stays DOWN until the workers poll.
 */
@ApplicationScoped
public class WorkerBootstrap {

  private static final Logger LOG = Logger.getLogger(WorkerBootstrap.class);

  private final WorkflowClient client;
  private final TaskQueueRegistrar registrar;
  private final WorkerSettings settings;
  private final CarrierCatalogPublisher catalog;
  private final TrackingPollSchedule trackingPoll;
  private final ArchivalSchedule archival;
  private final TenantInvoicesSchedule tenantInvoices;
  private final ReconciliationInboxSchedule reconciliationInbox;
  private final TemporalTracing tracing;
  private volatile WorkerFactory factory;

  @Inject
  public WorkerBootstrap(
      WorkflowClient client,
      TaskQueueRegistrar registrar,
      WorkerSettings settings,
      CarrierCatalogPublisher catalog,
      TrackingPollSchedule trackingPoll,
      ArchivalSchedule archival,
      TenantInvoicesSchedule tenantInvoices,
      ReconciliationInboxSchedule reconciliationInbox,
      TemporalTracing tracing) {
    this.client = client;
    this.registrar = registrar;
    this.settings = settings;
    this.catalog = catalog;
    this.trackingPoll = trackingPoll;
    this.archival = archival;
    this.tenantInvoices = tenantInvoices;
    this.reconciliationInbox = reconciliationInbox;
    this.tracing = tracing;
  }

  void onStart(@Observes StartupEvent event) {
    WorkerFactory created =
        WorkerFactory.newInstance(
            // The SDK keeps and inspects the client it is given; hand it the real one.
            ClientProxy.unwrap(client),
            WorkerFactoryOptions.newBuilder()
                .setUsingVirtualWorkflowThreads(true)
                // Spans and MDC ids (workflow_id, run_id) in workflows and activities.
                .setWorkerInterceptors(tracing.workerInterceptors())
                .build());
    catalog.publish();
    registrar.register(created);
    factory = created;
    Thread.ofVirtual()
        .name("temporal-workers-start")
        .start(() -> startWhenTemporalAnswers(created));
  }

  void onStop(@Observes ShutdownEvent event) {
    WorkerFactory running = factory;
    if (running == null) {
      return;
    }
    LOG.info("stopping Temporal workers: no new tasks, running ones may finish");
    running.shutdown();
    running.awaitTermination(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
    if (running.isTerminated()) {
      // Operators (and WorkerDrainIT) read this line to tell a clean drain from a cut-off one.
      LOG.info("Temporal workers drained: every running task finished and reported");
    } else {
      LOG.warnf(
          "Temporal workers still busy after %s; interrupting them (Temporal retries their tasks)",
          settings.shutdownTimeout());
      running.shutdownNow();
    }
  }

  /** Whether the workers poll their task queues. */
  public boolean isPolling() {
    WorkerFactory current = factory;
    return current != null && current.isStarted() && !current.isShutdown();
  }

  private void startWhenTemporalAnswers(WorkerFactory workers) {
    String namespace = client.getOptions().getNamespace();
    String target = client.getWorkflowServiceStubs().getOptions().getTarget();
    while (!workers.isShutdown()) {
      try {
        workers.start();
        LOG.infof("Temporal workers polling in namespace %s: %s", namespace, registrar.queues());
        ensureSchedule(workers, "tracking-poll", trackingPoll::ensure);
        ensureSchedule(workers, "archival", archival::ensure);
        ensureSchedule(workers, "tenant-invoices", tenantInvoices::ensure);
        ensureSchedule(workers, "reconciliation-inbox", reconciliationInbox::ensure);
        return;
      } catch (RuntimeException e) {
        if (workers.isShutdown()) {
          return;
        }
        LOG.warnf(
            "cannot start Temporal workers at %s, namespace %s, yet (%s); retrying in %d ms",
            target, namespace, e.getMessage(), settings.startRetryInterval().toMillis());
      }
      try {
        Thread.sleep(settings.startRetryInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A schedule needs Temporal too; it answered a moment ago, so retry only a blip. */
  private void ensureSchedule(WorkerFactory workers, String name, Runnable ensure) {
    while (!workers.isShutdown()) {
      try {
        ensure.run();
        return;
      } catch (RuntimeException e) {
        LOG.warnf("cannot create the %s schedule yet (%s); retrying", name, e.getMessage());
      }
      try {
        Thread.sleep(settings.startRetryInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
