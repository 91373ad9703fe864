package com.parceliq.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.WebhookAttemptOutcome;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded delivery (throttled once, failed twice with backoff, then delivered); records
 * it again with {@code -Dparceliq.record-histories=true}.
 */
class WebhookDeliveryHistoryTest {

  private static final String DELIVERY = "webhook-delivery";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedDeliveryReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(DELIVERY), env, WebhookDeliveryWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordDelivery(TestWorkflowEnvironment env) {
    WebhookDeliveryWorkflowTest.start(
        env,
        WebhookAttemptOutcome.THROTTLED,
        WebhookAttemptOutcome.FAILED,
        WebhookAttemptOutcome.FAILED,
        WebhookAttemptOutcome.DELIVERED);
    WebhookDeliveryWorkflowTest.deliver(env);

    assertThat(
            RecordedHistories.record(
                env.getWorkflowClient(),
                WorkflowIds.webhookDelivery(
                    WebhookDeliveryWorkflowTest.TENANT, WebhookDeliveryWorkflowTest.DELIVERY),
                DELIVERY))
        .exists();
  }
}
