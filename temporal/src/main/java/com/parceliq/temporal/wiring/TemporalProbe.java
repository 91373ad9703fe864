package com.parceliq.temporal.wiring;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks the Temporal frontend for a cheap answer: the readiness checks of both apps use it. */
public final class TemporalProbe {

  private static final Duration DEADLINE = Duration.ofSeconds(3);

  private TemporalProbe() {}

  /** Empty when Temporal answers; otherwise why it does not. */
  public static Optional<String> problem(WorkflowClient client) {
    try {
      client
          .getWorkflowServiceStubs()
          .blockingStub()
          .withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("Temporal does not answer: " + e.getMessage());
    }
  }
}
