package com.parceliq.workflows.invoicing;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Issues the monthly statements of one period: every due tenant's (paged by id, one activity per
 * tenant) or one tenant's. Started monthly by the {@code tenant-invoices} schedule for the month
 * before, or by an operator ({@code POST /v1/ops/invoice_runs}) for any closed month.
 */
@WorkflowInterface
public interface TenantInvoicingWorkflow {

  /** The schedule's id, and the prefix of the ids of the runs it starts. */
  String SCHEDULE_ID = "tenant-invoices";

  @WorkflowMethod
  InvoicingProgress run(InvoicingRun run);

  /** What this run has done so far, carried across continue-as-new. */
  @QueryMethod
  InvoicingProgress progress();
}
