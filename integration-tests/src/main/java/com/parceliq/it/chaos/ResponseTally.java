package com.parceliq.it.chaos;

import com.parceliq.it.support.ApiResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer the API gave the harness, by status, with the exchanges that break the contract kept
 * whole: any 5xx other than 503, and a 503 without Retry-After. Client-side failures (timeouts,
 * refused connections) are counted apart: they are the network's, not an answer of the API.
 */
public final class ResponseTally {

  /** One exchange that broke the contract, as the report prints it. */
  public record Offence(int status, String exchange) {}

  private static final int KEPT = 20;

  private final Counts statuses = new Counts();
  private final Counts clientFailures = new Counts();
  private final ConcurrentLinkedQueue<Offence> offences = new ConcurrentLinkedQueue<>();
  private final Counts offenceCounts = new Counts();

  public void record(ApiResponse response) {
    record(response.status(), response.header("Retry-After").isPresent(), response.toString());
  }

  /** The exchange reduced to what the check needs, so tests can forge one. */
  public void record(int status, boolean hasRetryAfter, String exchange) {
    statuses.add(String.valueOf(status));
    boolean offending = status >= 500 && (status != 503 || !hasRetryAfter);
    if (offending) {
      offenceCounts.add(status == 503 ? "503 without Retry-After" : String.valueOf(status));
      if (offences.size() < KEPT) {
        offences.add(new Offence(status, exchange));
      }
    }
  }

  public void clientFailure(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    clientFailures.add(root.getClass().getSimpleName());
  }

  public Counts statuses() {
    return statuses;
  }

  public Counts clientFailures() {
    return clientFailures;
  }

  /** How many answers broke the contract, by kind. */
  public Counts offenceCounts() {
    return offenceCounts;
  }

  /** The first offending exchanges, whole. */
  public List<Offence> offences() {
    return List.copyOf(offences);
  }
}
