package com.parceliq.temporal.wiring;

import com.parceliq.temporal.observability.TemporalTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * CDI producers of the Temporal connection, shared by the api and workers applications. The stubs
 * connect lazily, so an application starts (and reports itself unhealthy) while Temporal is down
 * instead of failing to boot.
 */
@ApplicationScoped
public class TemporalClientProducer {

  private static final Logger LOG = Logger.getLogger(TemporalClientProducer.class.getName());

  @Produces
  @Singleton
  TemporalSettings temporalSettings(Config config) {
    TemporalSettings settings = TemporalSettings.from(config);
    LOG.info(() -> "Temporal: " + settings);
    return settings;
  }

  @Produces
  @ApplicationScoped
  WorkflowServiceStubs workflowServiceStubs(TemporalSettings settings) {
    return WorkflowServiceStubs.newServiceStubs(TemporalConnections.stubsOptions(settings));
  }

  /** Spans through Temporal; no-op where the application has no OpenTelemetry. */
  @Produces
  @Singleton
  TemporalTracing temporalTracing(Instance<OpenTelemetry> openTelemetry) {
    return new TemporalTracing(
        openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop());
  }

  @Produces
  @ApplicationScoped
  WorkflowClient workflowClient(
      WorkflowServiceStubs stubs, TemporalSettings settings, TemporalTracing tracing) {
    return WorkflowClient.newInstance(
        stubs, TemporalConnections.clientOptions(settings, tracing.clientInterceptor()));
  }

  void closeWorkflowServiceStubs(@Disposes WorkflowServiceStubs stubs) {
    stubs.shutdown();
    if (!stubs.awaitTermination(5, TimeUnit.SECONDS)) {
      stubs.shutdownNow();
    }
  }
}
