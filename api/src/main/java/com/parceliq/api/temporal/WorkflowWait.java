package com.parceliq.api.temporal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a request waits for a workflow update or result ({@code parceliq.api.update-wait}). Past
 * it a buy or void answers 202 and a deposit 503; either way a retry with the same Idempotency-Key
 * attaches to the same, still running, operation.
 */
@ApplicationScoped
public class WorkflowWait {

  private final Duration updateWait;

  @Inject
  public WorkflowWait(
      @ConfigProperty(name = "parceliq.api.update-wait", defaultValue = "10s")
          Duration updateWait) {
    this.updateWait = updateWait;
  }

  public Duration duration() {
    return updateWait;
  }
}
