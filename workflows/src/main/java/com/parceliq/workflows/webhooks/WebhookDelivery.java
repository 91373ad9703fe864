package com.parceliq.workflows.webhooks;

/**
 * A delivery workflow's input: which delivery (its row names the event and the endpoint), the retry
 * schedule, and how many consecutive dead letters disable an endpoint. {@code failures} and {@code
 * deadlineMillis} carry a long delivery's progress across continue-as-new (0: a new delivery).
 */
public record WebhookDelivery(
    String tenantId,
    String deliveryId,
    RetrySchedule schedule,
    int disableAfterDeadLetters,
    int failures,
    long deadlineMillis) {

  public WebhookDelivery(
      String tenantId, String deliveryId, RetrySchedule schedule, int disableAfterDeadLetters) {
    this(tenantId, deliveryId, schedule, disableAfterDeadLetters, 0, 0);
  }

  /** The same delivery, continued with its progress so far. */
  WebhookDelivery continuing(int failuresSoFar, long deadline) {
    return new WebhookDelivery(
        tenantId, deliveryId, schedule, disableAfterDeadLetters, failuresSoFar, deadline);
  }
}
