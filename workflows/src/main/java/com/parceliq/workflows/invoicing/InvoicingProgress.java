package com.parceliq.workflows.invoicing;

import java.time.Instant;
import java.util.List;

/**
 * A run's progress.
 *
 * @param tenantId the one tenant of an operator's run; null when every due tenant
 * @param status {@code running}, {@code completed}, or {@code failed} (some statements did not
 *     balance: listed in {@code unbalancedTenants}, every other tenant's was issued)
 * @param tenantCursor the last tenant finished, where paging resumes after continue-as-new
 * @param issued statements this run issued
 * @param alreadyIssued statements found issued before (a re-run issues nothing twice)
 */
public record InvoicingProgress(
    String runId,
    String tenantId,
    String status,
    String period,
    String tenantCursor,
    int tenantsDone,
    int issued,
    int alreadyIssued,
    List<String> unbalancedTenants,
    Instant startedAt,
    Instant finishedAt) {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";
  public static final String FAILED = "failed";

  public InvoicingProgress {
    unbalancedTenants = unbalancedTenants == null ? List.of() : List.copyOf(unbalancedTenants);
  }
}
