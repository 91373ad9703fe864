package com.parceliq.activities.reconciliation;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.reconciliation.InvoiceFileException;
import com.parceliq.workflows.ports.ClassifiedPage;
import com.parceliq.workflows.ports.ParsedInvoice;
import com.parceliq.workflows.ports.ReconciliationActivities;
import com.parceliq.workflows.ports.ReconciliationLimits;
import com.parceliq.workflows.ports.ReconciliationRunState;
import com.parceliq.workflows.ports.ReconciliationTotals;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Reconciliation's steps (docs/reconciliation.md). Each keeps its progress in the run's row and
 * staged lines, so any of them can be retried, and an invalid file ends as a non-retryable failure
 * the workflow turns into a failed run.
 */
@ApplicationScoped
public class ReconciliationActivitiesImpl implements ReconciliationActivities {

  private static final Logger LOG = Logger.getLogger(ReconciliationActivitiesImpl.class);

  @Inject ReconciliationSettings settings;
  @Inject RunRows runs;
  @Inject InvoiceParse parse;
  @Inject ClassifyPage pages;
  @Inject ReportWriter reports;
  @Inject RunTotals totals;

  @Override
  public ReconciliationLimits reconcileLimits() {
    return new ReconciliationLimits(settings.pageSize(), settings.pagesPerRun());
  }

  @Override
  public ReconciliationRunState reconcileRecordRun(ReconciliationRequest request) {
    RunRow row =
        runs.record(request)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "object " + request.key() + " is reconciled by another run",
                        ErrorCode.RECONCILIATION_INVALID_FILE.code()));
    return new ReconciliationRunState(
        row.status(), row.linesParsed(), row.labelsClassified(), row.failureCode());
  }

  @Override
  public ParsedInvoice reconcileParse(ReconciliationRequest request) {
    try {
      return parse.parse(request, Activity.getExecutionContext());
    } catch (InvoiceFileException e) {
      LOG.infof("reconciliation %s: invalid file: %s", request.runId(), e.getMessage());
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage(), ErrorCode.RECONCILIATION_INVALID_FILE.code());
    }
  }

  @Override
  public ClassifiedPage reconcileClassifyPage(String tenantId, String runId, int pageSize) {
    return pages.classify(tenantId, runId, pageSize);
  }

  @Override
  public String reconcileWriteReport(String tenantId, String runId) {
    runs.status(tenantId, runId, "reporting");
    return reports.write(tenantId, runId);
  }

  @Override
  public ReconciliationTotals reconcileFinish(String tenantId, String runId) {
    runs.finish(tenantId, runId);
    return totals.of(tenantId, runId);
  }

  @Override
  public ReconciliationTotals reconcileFail(
      String tenantId, String runId, String code, String message) {
    runs.fail(tenantId, runId, code, message);
    return totals.of(tenantId, runId);
  }
}
