package com.parceliq.workflows.webhooks;

import com.parceliq.workflows.ports.WebhookActivities;
import com.parceliq.workflows.ports.WebhookAttemptOutcome;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An endpoint as scripted outcomes (then FAILED forever), noting the test service's (skipped) time
 * of every attempt and dead letter.
 */
final class FakeWebhookActivities implements WebhookActivities {

  private final TestWorkflowEnvironment env;
  private final Deque<WebhookAttemptOutcome> script = new ArrayDeque<>();
  final List<Long> attemptTimes = new ArrayList<>();
  final List<Long> deadLetterTimes = new ArrayList<>();
  volatile int disableAfterSeen;

  FakeWebhookActivities(TestWorkflowEnvironment env, WebhookAttemptOutcome... outcomes) {
    this.env = env;
    script.addAll(List.of(outcomes));
  }

  @Override
  public synchronized WebhookAttemptOutcome attemptDelivery(String tenantId, String deliveryId) {
    WebhookAttemptOutcome outcome =
        script.isEmpty() ? WebhookAttemptOutcome.FAILED : script.removeFirst();
    if (outcome != WebhookAttemptOutcome.THROTTLED) {
      attemptTimes.add(env.currentTimeMillis());
    }
    return outcome;
  }

  @Override
  public synchronized void deadLetter(String tenantId, String deliveryId, int disableAfter) {
    deadLetterTimes.add(env.currentTimeMillis());
    disableAfterSeen = disableAfter;
  }
}
