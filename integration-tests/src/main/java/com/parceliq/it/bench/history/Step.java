package com.parceliq.it.bench.history;

/**
 * One workflow task or activity of a purchase, in milliseconds from the start of the purchase in
 * the history (the workflow task that accepted its update being scheduled).
 *
 * @param kind workflow task or activity
 * @param name {@code workflow task}, or the activity type and its task queue
 * @param scheduled when the server made the task available
 * @param started when a worker picked it up
 * @param completed when the server recorded its result
 */
public record Step(Kind kind, String name, double scheduled, double started, double completed) {

  public enum Kind {
    WORKFLOW_TASK,
    ACTIVITY
  }

  /** Scheduled to started: persistence, matching and the poll answer reaching a worker. */
  public double dispatch() {
    return started - scheduled;
  }

  /** Started to completed: the worker's own work plus the call reporting the result. */
  public double run() {
    return completed - started;
  }
}
