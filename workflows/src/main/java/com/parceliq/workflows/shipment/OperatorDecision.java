package com.parceliq.workflows.shipment;

import java.util.Locale;

/**
 * What an operator decided for a parked shipment (CONTRACT section 4): {@code {"action": "retry"}}
 * tries the stuck step again with the same idempotency keys; {@code {"action": "cancel"}} gives it
 * up and undoes what was done (the wallet charge is refunded).
 */
public record OperatorDecision(String action) {

  public static final String RETRY = "retry";
  public static final String CANCEL = "cancel";

  public static OperatorDecision retry() {
    return new OperatorDecision(RETRY);
  }

  public static OperatorDecision cancel() {
    return new OperatorDecision(CANCEL);
  }

  public boolean isRetry() {
    return RETRY.equals(normalized());
  }

  public boolean isCancel() {
    return CANCEL.equals(normalized());
  }

  private String normalized() {
    return action == null ? "" : action.strip().toLowerCase(Locale.ROOT);
  }
}
