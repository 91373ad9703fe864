package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** The steps of a webhook delivery: one attempt at a time, and the dead letter at the end. */
@ActivityInterface
public interface WebhookActivities {

  /**
   * Makes one attempt to deliver, unless the delivery is settled or its endpoint is gone, and
   * records it. Never throws for what the endpoint answered: that is the outcome.
   */
  WebhookAttemptOutcome attemptDelivery(String tenantId, String deliveryId);

  /**
   * Gives the delivery up: dead-lettered, one more consecutive dead letter for its endpoint, which
   * is disabled (with a {@code webhook.disabled} event) when that makes {@code disableAfter}.
   */
  void deadLetter(String tenantId, String deliveryId, int disableAfter);
}
