package com.parceliq.workflows.wallet;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;

/**
 * Posts one adjustment. The ledger deduplicates by the adjustment's idempotency key, so a re-run
 * never posts twice; a refusal (a debit the available balance cannot cover, a zero amount) fails
 * the workflow with that code for the API to report.
 */
public class LedgerAdjustmentWorkflowImpl implements LedgerAdjustmentWorkflow {

  private final LedgerActivities ledger =
      Workflow.newActivityStub(LedgerActivities.class, ActivityPolicies.ledger());

  @Override
  public LedgerReceipt adjust(LedgerAdjustment adjustment) {
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.TENANT_ID.valueSet(adjustment.tenantId()));
    return ledger.adjust(adjustment);
  }
}
