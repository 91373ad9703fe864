package com.parceliq.workflows.reconciliation;

/**
 * How a run ended: {@code completed} or {@code failed} (the file could not be read; {@code
 * failureCode} says why). Counts and amounts are in the run's row and its report.
 */
public record ReconciliationOutcome(
    String runId, String status, long lines, long labels, String failureCode) {}
