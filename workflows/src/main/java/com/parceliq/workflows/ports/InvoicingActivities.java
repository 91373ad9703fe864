package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** The tenant invoicing workflow's steps, on the {@code billing} task queue. */
@ActivityInterface
public interface InvoicingActivities {

  /**
   * Up to {@code limit} ids of tenants due a statement for {@code period} ({@code YYYY-MM}), after
   * {@code afterTenantId} (null: from the first), by id. A tenant is due when it existed before the
   * period ended or has ledger entries from before then.
   */
  List<String> invoiceTenants(String afterTenantId, int limit, String period);

  /**
   * Issues the tenant's statement of {@code period} unless it is issued already: computes it from
   * the ledger, checks opening balance plus changes equals closing balance to the cent (else fails
   * with the non-retryable type {@code STATEMENT.UNBALANCED}), uploads the CSV and PDF, then
   * inserts the row. Safe to repeat at any point: the id and the keys follow from tenant and
   * period.
   */
  IssuedStatement statementIssue(String tenantId, String period, String workflowRunId);
}
