package com.parceliq.workflows.wallet;

import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Posts a deposit to the tenant's wallet exactly once (id {@code deposit:<tenant>:<deposit>}). */
@WorkflowInterface
public interface WalletDepositWorkflow {

  @WorkflowMethod
  LedgerReceipt deposit(DepositRequest request);
}
