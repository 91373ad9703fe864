package com.parceliq.workflows.webhooks;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Delivers one event to one endpoint (id {@code webhook-delivery:<tenant>:<delivery>}): attempts
 * until the endpoint answers 2xx, with backoff, for at most the schedule's maximum age, then
 * dead-letters the delivery.
 */
@WorkflowInterface
public interface WebhookDeliveryWorkflow {

  @WorkflowMethod
  DeliveryResult deliver(WebhookDelivery delivery);
}
