package com.parceliq.workflows.ports;

/** A run's row as recorded: where a (continued or retried) workflow resumes. */
public record ReconciliationRunState(
    String status, long linesParsed, long labelsClassified, String failureCode) {

  /** The file is fully staged: parsing is behind. */
  public boolean parsed() {
    return status.equals("classifying") || status.equals("reporting") || finished();
  }

  public boolean finished() {
    return status.equals("completed") || status.equals("failed");
  }
}
