package com.parceliq.workers;

import com.parceliq.temporal.wiring.TemporalProbe;
import io.temporal.client.WorkflowClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the workers poll and Temporal answers; otherwise no task would progress. */
@Readiness
@ApplicationScoped
public class TemporalWorkersReadiness implements HealthCheck {

  private static final String NAME = "temporal-workers";

  private final WorkerBootstrap workers;
  private final WorkflowClient client;

  @Inject
  public TemporalWorkersReadiness(WorkerBootstrap workers, WorkflowClient client) {
    this.workers = workers;
    this.client = client;
  }

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem =
        workers.isPolling()
            ? TemporalProbe.problem(client)
            : Optional.of("workers are not polling yet");
    var response =
        HealthCheckResponse.named(NAME).withData("namespace", client.getOptions().getNamespace());
    // The builder is mutable: choose the status once (orElse would evaluate up() regardless).
    if (problem.isPresent()) {
      return response.down().withData("reason", problem.get()).build();
    }
    return response.up().build();
  }
}
