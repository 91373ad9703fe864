package com.parceliq.workflows.ports;

/** What one delivery attempt came to. */
public enum WebhookAttemptOutcome {
  /** The endpoint answered 2xx (or the delivery was already delivered). */
  DELIVERED,
  /** Anything else: an error status, a timeout, a refused connection or a refused URL. */
  FAILED,
  /**
   * The endpoint already has as many deliveries in flight as it may: no attempt was made, none is
   * recorded, and the delivery tries again shortly.
   */
  THROTTLED,
  /** The endpoint is deleted or disabled: the delivery is cancelled. */
  ENDPOINT_GONE
}
