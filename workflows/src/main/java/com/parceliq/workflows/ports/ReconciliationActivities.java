package com.parceliq.workflows.ports;

import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import io.temporal.activity.ActivityInterface;

/**
 * The reconciliation workflow's steps. Every one is idempotent and keeps its progress in the run's
 * row ({@code reconciliation_runs}) and its staged lines, so a retry or a continued-as-new run
 * picks up where the last left off.
 */
@ActivityInterface
public interface ReconciliationActivities {

  /** Paging of the classification, from the workers' configuration. */
  ReconciliationLimits reconcileLimits();

  /** Inserts the run's row (status pending) unless it exists; answers the row as it is. */
  ReconciliationRunState reconcileRecordRun(ReconciliationRequest request);

  /**
   * Streams the file from S3 into staged lines, in batches that commit with the run's progress and
   * heartbeat (offset, line); a retry resumes from the last heartbeat. An unreadable file fails
   * with the non-retryable type {@code RECONCILIATION.INVALID_FILE}, having posted nothing.
   */
  ParsedInvoice reconcileParse(ReconciliationRequest request);

  /**
   * Classifies the next page of tracking codes (those first billed after the run's classification
   * cursor, a line number kept in the run's row) in one transaction with their ledger adjustments
   * and the moved cursor; a page of none means classification is done.
   */
  ClassifiedPage reconcileClassifyPage(String tenantId, String runId, int pageSize);

  /** Writes the report CSV to S3 ({@code reports/<tenant>/<run>.csv}); answers its key. */
  String reconcileWriteReport(String tenantId, String runId);

  /** Marks the run completed and answers its totals for the event. */
  ReconciliationTotals reconcileFinish(String tenantId, String runId);

  /** Marks the run failed with the code and message; answers its totals for the event. */
  ReconciliationTotals reconcileFail(String tenantId, String runId, String code, String message);
}
