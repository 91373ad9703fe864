package com.parceliq.workflows.reconciliation;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Reconciles one carrier invoice of one tenant: parses the file in resumable chunks, classifies
 * every billed label against what ParcelIQ bought, posts each difference to the ledger once, writes
 * a report to S3 and emits {@code reconciliation.completed}. Started by {@code POST
 * /v1/reconciliation} or by the inbox schedule; id {@code WorkflowIds.reconciliation}, task queue
 * {@code reconciliation}. Progress is in the run's row ({@code reconciliation_runs}), which the API
 * reads.
 */
@WorkflowInterface
public interface ReconciliationWorkflow {

  /** The inbox schedule's id, and the prefix of the ids of the runs it starts. */
  String INBOX_SCHEDULE_ID = "reconciliation-inbox";

  @WorkflowMethod
  ReconciliationOutcome run(ReconciliationRequest request);
}
