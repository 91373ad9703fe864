package com.parceliq.api.health;

import com.parceliq.temporal.wiring.TemporalProbe;
import io.temporal.client.WorkflowClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while Temporal does not answer: every write goes through a workflow, so a load balancer
 * should send traffic to an instance that can reach it.
 */
@Readiness
@ApplicationScoped
public class TemporalReadiness implements HealthCheck {

  private final WorkflowClient client;

  @Inject
  public TemporalReadiness(WorkflowClient client) {
    this.client = client;
  }

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem = TemporalProbe.problem(client);
    var response =
        HealthCheckResponse.named("temporal")
            .withData("namespace", client.getOptions().getNamespace());
    // The builder is mutable: choose the status once (orElse would evaluate up() regardless).
    if (problem.isPresent()) {
      return response.down().withData("reason", problem.get()).build();
    }
    return response.up().build();
  }
}
