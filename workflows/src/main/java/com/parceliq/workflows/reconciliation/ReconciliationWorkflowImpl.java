package com.parceliq.workflows.reconciliation;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.EventType;
import com.parceliq.workflows.ports.ClassifiedPage;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.ReconciliationActivities;
import com.parceliq.workflows.ports.ReconciliationLimits;
import com.parceliq.workflows.ports.ReconciliationRunState;
import com.parceliq.workflows.ports.ReconciliationTotals;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Record → parse → classify page after page → report → finish → {@code reconciliation.completed}.
 * The progress lives in the run's row and staged lines, not in the workflow: a page classifies the
 * tracking codes first billed after the run's classification cursor, so after {@code pages-per-run}
 * pages the workflow continues as new with the same request and carries on where the database says.
 * An invalid file fails the run (and the event says so) instead of being retried.
 */
public class ReconciliationWorkflowImpl implements ReconciliationWorkflow {

  private final ReconciliationActivities steps =
      Workflow.newActivityStub(
          ReconciliationActivities.class, ActivityPolicies.reconciliationSteps());
  private final ReconciliationActivities parsing =
      Workflow.newActivityStub(
          ReconciliationActivities.class, ActivityPolicies.reconciliationParse());
  private final ReconciliationActivities pages =
      Workflow.newActivityStub(
          ReconciliationActivities.class, ActivityPolicies.reconciliationPages());
  private final EventActivities events =
      Workflow.newActivityStub(EventActivities.class, ActivityPolicies.reconciliationSteps());

  @Override
  public ReconciliationOutcome run(ReconciliationRequest request) {
    ReconciliationRunState state = steps.reconcileRecordRun(request);
    if (state.finished()) {
      return new ReconciliationOutcome(
          request.runId(),
          state.status(),
          state.linesParsed(),
          state.labelsClassified(),
          state.failureCode());
    }
    if (!state.parsed()) {
      try {
        parsing.reconcileParse(request);
      } catch (ActivityFailure failure) {
        if (failure.getCause() instanceof ApplicationFailure cause
            && ErrorCode.RECONCILIATION_INVALID_FILE.code().equals(cause.getType())) {
          return ended(
              request,
              steps.reconcileFail(
                  request.tenantId(),
                  request.runId(),
                  cause.getType(),
                  cause.getOriginalMessage()));
        }
        throw failure;
      }
    }
    classify(request);
    steps.reconcileWriteReport(request.tenantId(), request.runId());
    return ended(request, steps.reconcileFinish(request.tenantId(), request.runId()));
  }

  private void classify(ReconciliationRequest request) {
    ReconciliationLimits limits = steps.reconcileLimits();
    int pagesThisRun = 0;
    while (true) {
      ClassifiedPage page =
          pages.reconcileClassifyPage(request.tenantId(), request.runId(), limits.pageSize());
      if (page.empty()) {
        return;
      }
      pagesThisRun++;
      if (pagesThisRun >= limits.pagesPerRun()) {
        // The next run asks the database where to go on: the history stays short.
        Workflow.continueAsNew(request);
      }
    }
  }

  private ReconciliationOutcome ended(ReconciliationRequest request, ReconciliationTotals totals) {
    events.emit(
        new DomainEvent(
            request.tenantId(),
            "reconciliation:" + request.runId() + ":completed",
            EventType.RECONCILIATION_COMPLETED.wireName(),
            null,
            data(totals)));
    return new ReconciliationOutcome(
        request.runId(), totals.status(), totals.lines(), totals.labels(), totals.failureCode());
  }

  private static Map<String, Object> data(ReconciliationTotals totals) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", totals.runId());
    data.put("status", totals.status());
    data.put("carrier", totals.carrier());
    data.put("invoice_number", totals.invoiceNumber());
    data.put("lines", totals.lines());
    data.put("labels", totals.labels());
    data.put("summary", totals.summary());
    data.put("billed_total", totals.billedTotal());
    data.put("expected_total", totals.expectedTotal());
    data.put("posted_total", totals.postedTotal());
    data.put("report_key", totals.reportKey());
    data.put("failure_code", totals.failureCode());
    return data;
  }
}
