package com.parceliq.workflows.reconciliation;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One scan of the carriers' inbox prefixes ({@code inbox/<carrier>/<tenant>/...} in the
 * reconciliation bucket), started by the {@code reconciliation-inbox} schedule: every file not yet
 * reconciled gets one {@link ReconciliationWorkflow}, and no file ever gets two.
 */
@WorkflowInterface
public interface ReconciliationInboxWorkflow {

  /** Answers how many reconciliations this scan started. */
  @WorkflowMethod
  int scan();
}
