package com.parceliq.workflows.pickup;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The entity workflow of one pickup (id {@code pickup:<tenant>:<pickup>}): asks the carrier for
 * pickup rates at creation, then serves buy and cancel as updates, one at a time, until the pickup
 * is cancelled or its window is well past.
 */
@WorkflowInterface
public interface PickupWorkflow {

  @WorkflowMethod
  void run(NewPickup pickup);

  /**
   * Completes once the pickup's rates are recorded (used with update-with-start); fails with the
   * carrier's refusal when it offered none, and the pickup is not created.
   */
  @UpdateMethod
  PickupSnapshot created();

  /**
   * Holds the fee in the wallet, schedules with the carrier, settles the fee: {@code scheduled}.
   */
  @UpdateMethod
  PickupSnapshot buy(BuyPickup request);

  @UpdateValidatorMethod(updateName = "buy")
  void validateBuy(BuyPickup request);

  /** Cancels with the carrier (when scheduled) and refunds the fee: {@code canceled}. */
  @UpdateMethod
  PickupSnapshot cancel(CancelPickup request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelPickup request);

  @QueryMethod
  PickupSnapshot snapshot();
}
