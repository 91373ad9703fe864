package com.parceliq.workflows.wallet;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;

/**
 * Posts one deposit. The ledger deduplicates by the request's idempotency key, so a retried
 * activity or a re-run of this workflow never credits twice; a refusal (unsupported currency) fails
 * the workflow with that code for the API to report.
 */
public class WalletDepositWorkflowImpl implements WalletDepositWorkflow {

  private final LedgerActivities ledger =
      Workflow.newActivityStub(LedgerActivities.class, ActivityPolicies.ledger());

  @Override
  public LedgerReceipt deposit(DepositRequest request) {
    Workflow.upsertTypedSearchAttributes(SearchAttributes.TENANT_ID.valueSet(request.tenantId()));
    return ledger.deposit(request);
  }
}
