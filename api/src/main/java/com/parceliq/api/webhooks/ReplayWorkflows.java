package com.parceliq.api.webhooks;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.webhooks.WebhookReplayWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Starts a recorded replay's workflow on the {@code webhooks} queue. */
@ApplicationScoped
public class ReplayWorkflows {

  @Inject WorkflowClient client;

  public void start(String tenantId, String replayId) {
    WebhookReplayWorkflow workflow =
        client.newWorkflowStub(
            WebhookReplayWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.webhookReplay(tenantId, replayId))
                .setTaskQueue(TaskQueues.WEBHOOKS)
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.TENANT_ID, tenantId)
                        .build())
                .build());
    try {
      WorkflowClient.start(workflow::replay, tenantId, replayId);
    } catch (WorkflowExecutionAlreadyStarted alreadyStarted) {
      // The same replay asked again (an idempotent retry): it is under way.
    }
  }
}
