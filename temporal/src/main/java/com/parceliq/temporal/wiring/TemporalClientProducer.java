package com.parceliq.temporal.wiring;

import com.parceliq.temporal.observability.TemporalTracing;
import com.uber.m3.tally.ScopeCloseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * CDI producers of the Temporal connection, shared by the api and workers applications. The stubs
 * connect lazily, so an application starts (and reports itself unhealthy) while Temporal is down
 * instead of failing to boot. Where the application has a Micrometer registry, the SDK's metrics
 * are reported into it ({@link TemporalMetrics}).
 */
@ApplicationScoped
public class TemporalClientProducer {

  /**
   * How often the SDK's buffered metrics reach the registry; a scrape sees them this much late at
   * most.
   */
  static final String METRICS_REPORT_INTERVAL = "parceliq.temporal.metrics-report-interval";

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
  WorkflowServiceStubs workflowServiceStubs(
      TemporalSettings settings, Instance<MeterRegistry> meters, Config config) {
    if (!meters.isResolvable()) {
      return WorkflowServiceStubs.newServiceStubs(TemporalConnections.stubsOptions(settings));
    }
    Duration interval =
        config
            .getOptionalValue(METRICS_REPORT_INTERVAL, Duration.class)
            .orElse(Duration.ofSeconds(10));
    return WorkflowServiceStubs.newServiceStubs(
        TemporalConnections.stubsOptions(settings, TemporalMetrics.scope(meters.get(), interval)));
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
      WorkflowServiceStubs stubs,
      TemporalSettings settings,
      TemporalTracing tracing,
      Config config) {
    // Only the API bounds update starts: its callers wait on them (see UpdateStartDeadline).
    WorkflowClientInterceptor[] interceptors =
        config
            .getOptionalValue(UpdateStartDeadline.KEY, Duration.class)
            .map(
                deadline ->
                    new WorkflowClientInterceptor[] {
                      tracing.clientInterceptor(), new UpdateStartDeadline(deadline)
                    })
            .orElseGet(() -> new WorkflowClientInterceptor[] {tracing.clientInterceptor()});
    return WorkflowClient.newInstance(
        stubs, TemporalConnections.clientOptions(settings, interceptors));
  }

  void closeWorkflowServiceStubs(@Disposes WorkflowServiceStubs stubs) {
    stubs.shutdown();
    if (!stubs.awaitTermination(5, TimeUnit.SECONDS)) {
      stubs.shutdownNow();
    }
    // Reports what the SDK counted since the last interval, and stops the reporting thread.
    try {
      stubs.getOptions().getMetricsScope().close();
    } catch (ScopeCloseException e) {
      LOG.warning(() -> "Temporal metrics: last report lost (" + e.getMessage() + ")");
    }
  }
}
