package com.parceliq.workflows.webhooks;

import com.parceliq.workflows.ports.WebhookActivities;
import com.parceliq.workflows.ports.WebhookAttemptOutcome;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Attempt, and on failure wait (exponential backoff, full jitter) and attempt again, until the
 * endpoint takes the event or the next attempt would start after the schedule's maximum age; then
 * the delivery is dead-lettered. Each attempt is a local activity without retries of its own: the
 * workflow's schedule is the retry policy, and every attempt is recorded by the activity.
 */
public class WebhookDeliveryWorkflowImpl implements WebhookDeliveryWorkflow {

  private final WebhookActivities webhooks =
      Workflow.newLocalActivityStub(WebhookActivities.class, ActivityPolicies.webhookAttempt());
  private final WebhookActivities deadLetters =
      Workflow.newLocalActivityStub(WebhookActivities.class, ActivityPolicies.webhookRecords());

  /**
   * Past this many history events a delivery continues as new with its progress: 72 hours of
   * attempts, or a long wait behind a busy endpoint, stays far below Temporal's history limits.
   */
  static final int HISTORY_LIMIT = 2_000;

  @Override
  public DeliveryResult deliver(WebhookDelivery delivery) {
    RetrySchedule schedule = delivery.schedule();
    long deadline =
        delivery.deadlineMillis() > 0
            ? delivery.deadlineMillis()
            : Workflow.currentTimeMillis() + schedule.maxAge().toMillis();
    int failures = delivery.failures();
    int throttles = 0;
    while (true) {
      if (Workflow.getInfo().getHistoryLength() > HISTORY_LIMIT) {
        Workflow.continueAsNew(delivery.continuing(failures, deadline));
      }
      switch (attempt(delivery)) {
        case DELIVERED -> {
          return new DeliveryResult(DeliveryResult.Status.DELIVERED, failures + 1);
        }
        case ENDPOINT_GONE -> {
          return new DeliveryResult(DeliveryResult.Status.CANCELLED, failures);
        }
        case THROTTLED -> Workflow.sleep(schedule.throttleBackoff(++throttles, jitter()));
        case FAILED -> {
          throttles = 0;
          failures++;
          Duration wait = schedule.backoffAfter(failures, jitter());
          if (Workflow.currentTimeMillis() + wait.toMillis() > deadline) {
            deadLetters.deadLetter(
                delivery.tenantId(), delivery.deliveryId(), delivery.disableAfterDeadLetters());
            return new DeliveryResult(DeliveryResult.Status.DEAD_LETTERED, failures);
          }
          Workflow.sleep(wait);
        }
      }
    }
  }

  /** One attempt; an attempt that could not even run (its database down) counts as failed. */
  private WebhookAttemptOutcome attempt(WebhookDelivery delivery) {
    try {
      return webhooks.attemptDelivery(delivery.tenantId(), delivery.deliveryId());
    } catch (ActivityFailure failure) {
      return WebhookAttemptOutcome.FAILED;
    }
  }

  /**
   * A uniform fraction in [0, 1) that replays identically: the low 53 bits of a workflow UUID,
   * which the workflow's seeded generator makes (java.util.Random is off limits in workflow code).
   */
  private static double jitter() {
    return (Workflow.randomUUID().getLeastSignificantBits() & ((1L << 53) - 1)) * 0x1.0p-53;
  }
}
