package com.parceliq.workflows.wallet;

import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Posts one operator adjustment to a tenant's wallet exactly once (id {@code
 * adjustment:<tenant>:<key>}).
 */
@WorkflowInterface
public interface LedgerAdjustmentWorkflow {

  @WorkflowMethod
  LedgerReceipt adjust(LedgerAdjustment adjustment);
}
