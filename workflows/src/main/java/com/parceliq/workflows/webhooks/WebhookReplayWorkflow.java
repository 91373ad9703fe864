package com.parceliq.workflows.webhooks;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Re-delivers the events a merchant asked for to one endpoint (id {@code
 * webhook-replay:<tenant>:<replay>}): each becomes a replay delivery with a workflow of its own.
 * Returns how many deliveries it made.
 */
@WorkflowInterface
public interface WebhookReplayWorkflow {

  @WorkflowMethod
  int replay(String tenantId, String replayId);
}
