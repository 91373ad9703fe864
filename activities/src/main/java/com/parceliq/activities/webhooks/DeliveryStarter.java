package com.parceliq.activities.webhooks;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.webhooks.WebhookDelivery;
import com.parceliq.workflows.webhooks.WebhookDeliveryWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts a delivery's workflow, once: the workflow id is the delivery's, so starting it again (a
 * retried fan-out) finds it running or done and starts nothing.
 *
 * <p>Eager start: the workers process hosts the {@code webhooks} worker and this client is the one
 * its worker factory uses, so the server hands the first workflow task back in the start response
 * instead of through a poll, saving a round trip of the delivery's lag
 * (docs/benchmarks/webhooks.md).
 */
@ApplicationScoped
public class DeliveryStarter {

  @Inject WorkflowClient client;
  @Inject WebhookSettings settings;

  public void start(String tenantId, String deliveryId) {
    WebhookDeliveryWorkflow workflow =
        client.newWorkflowStub(
            WebhookDeliveryWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.webhookDelivery(tenantId, deliveryId))
                .setTaskQueue(TaskQueues.WEBHOOKS)
                .setDisableEagerExecution(!settings.eagerStart())
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.TENANT_ID, tenantId)
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::deliver,
          new WebhookDelivery(
              tenantId, deliveryId, settings.schedule(), settings.disableAfterDeadLetters()));
    } catch (WorkflowExecutionAlreadyStarted alreadyStarted) {
      // A retried fan-out or replay page: this delivery is already under way.
    }
  }
}
