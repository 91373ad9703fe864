package com.parceliq.it.bench.history;

import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.util.Optional;

/** Fetches a workflow's history from the frontend and breaks one update of it down. */
public final class Histories {

  private final WorkflowClient client;

  public Histories(WorkflowClient client) {
    this.client = client;
  }

  /**
   * When the update completed, waiting for it until {@code deadline}: a purchase the API answered
   * 202 for goes on in its workflow. Empty when it had not completed by then.
   */
  public Optional<Instant> awaitCompletion(
      String workflowId, String updateIdPrefix, Instant deadline) {
    while (true) {
      Optional<Double> completed =
          HistoryBreakdown.completedAt(client.fetchHistory(workflowId).getEvents(), updateIdPrefix);
      if (completed.isPresent()) {
        double millis = completed.get();
        return Optional.of(
            Instant.ofEpochMilli((long) millis).plusNanos((long) ((millis % 1) * 1_000_000)));
      }
      if (Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Empty when the workflow or the update is not found. */
  public Optional<Breakdown> breakdown(String workflowId, String updateIdPrefix) {
    try {
      return HistoryBreakdown.of(client.fetchHistory(workflowId).getEvents(), updateIdPrefix);
    } catch (RuntimeException notReadable) {
      System.err.println("cannot read the history of " + workflowId + ": " + notReadable);
      return Optional.empty();
    }
  }
}
