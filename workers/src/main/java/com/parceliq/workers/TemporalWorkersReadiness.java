package com.parceliq.workers;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
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
    String namespace = client.getOptions().getNamespace();
    if (!workers.isPolling()) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("namespace", namespace)
          .withData("reason", "workers are not polling yet")
          .build();
    }
    try {
      client
          .getWorkflowServiceStubs()
          .blockingStub()
          .withDeadlineAfter(3, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return HealthCheckResponse.named(NAME).up().withData("namespace", namespace).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("namespace", namespace)
          .withData("reason", "Temporal does not answer: " + e.getMessage())
          .build();
    }
  }
}
