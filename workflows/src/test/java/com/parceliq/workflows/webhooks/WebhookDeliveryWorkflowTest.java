package com.parceliq.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.WebhookAttemptOutcome;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The delivery schedule on the time-skipping test service: 72 hours of retries in milliseconds. */
class WebhookDeliveryWorkflowTest {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String DELIVERY = "whd_01JTESTDELIVERY000000000";
  static final long MAX_AGE = Duration.ofHours(72).toMillis();

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  static FakeWebhookActivities start(TestWorkflowEnvironment env, WebhookAttemptOutcome... script) {
    FakeWebhookActivities endpoint = new FakeWebhookActivities(env, script);
    Worker worker = env.newWorker(TaskQueues.WEBHOOKS);
    worker.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.WEBHOOKS).toArray(Class<?>[]::new));
    worker.registerActivitiesImplementations(endpoint);
    env.start();
    return endpoint;
  }

  static DeliveryResult deliver(TestWorkflowEnvironment env) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            WebhookDeliveryWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.webhookDelivery(TENANT, DELIVERY))
                .setTaskQueue(TaskQueues.WEBHOOKS)
                .build())
        .deliver(new WebhookDelivery(TENANT, DELIVERY, RetrySchedule.standard(), 5));
  }

  @Test
  void anEndpointThatNeverAnswersIsRetriedWithGrowingBackoffThenDeadLetteredAfter72Hours(
      TestWorkflowEnvironment env) {
    FakeWebhookActivities endpoint = start(env);
    long began = env.currentTimeMillis();

    DeliveryResult result = deliver(env);

    assertThat(result.status()).isEqualTo(DeliveryResult.Status.DEAD_LETTERED);
    List<Long> attempts = endpoint.attemptTimes;
    assertThat(result.attempts()).isEqualTo(attempts.size());
    // Each wait is at most its ceiling: 5 s doubling, capped at one hour.
    for (int i = 1; i < attempts.size(); i++) {
      long gap = attempts.get(i) - attempts.get(i - 1);
      assertThat(gap)
          .as("wait before attempt %d", i + 1)
          .isLessThanOrEqualTo(RetrySchedule.standard().ceilingAfter(i).toMillis() + 1_000);
    }
    // No attempt after 72 hours, and the dead letter not before the last hour of them: the wait
    // that would have crossed the limit is at most the one-hour cap.
    assertThat(attempts.get(attempts.size() - 1) - began).isLessThanOrEqualTo(MAX_AGE);
    assertThat(endpoint.deadLetterTimes).hasSize(1);
    long deadLetteredAfter = endpoint.deadLetterTimes.get(0) - began;
    assertThat(deadLetteredAfter)
        .isLessThanOrEqualTo(MAX_AGE)
        .isGreaterThan(MAX_AGE - Duration.ofHours(1).toMillis());
    // Once at the cap, waits average half an hour: about 144 attempts over three days, not a
    // burst and not a handful.
    assertThat(attempts).hasSizeBetween(60, 400);
    long firstTen = attempts.get(9) - attempts.get(0);
    assertThat(firstTen).isLessThan(Duration.ofHours(1).toMillis());
    assertThat(endpoint.disableAfterSeen).isEqualTo(5);
  }

  @Test
  void anEndpointThatRecoversGetsTheEventWithoutADeadLetter(TestWorkflowEnvironment env) {
    FakeWebhookActivities endpoint =
        start(
            env,
            WebhookAttemptOutcome.FAILED,
            WebhookAttemptOutcome.FAILED,
            WebhookAttemptOutcome.FAILED,
            WebhookAttemptOutcome.DELIVERED);

    DeliveryResult result = deliver(env);

    assertThat(result).isEqualTo(new DeliveryResult(DeliveryResult.Status.DELIVERED, 4));
    assertThat(endpoint.attemptTimes).hasSize(4);
    assertThat(endpoint.deadLetterTimes).isEmpty();
    // 5 + 10 + 20 s at the very most before the fourth attempt.
    assertThat(endpoint.attemptTimes.get(3) - endpoint.attemptTimes.get(0))
        .isLessThanOrEqualTo(Duration.ofSeconds(36).toMillis());
  }

  @Test
  void aThrottledAttemptIsNotCountedAndNeverLeadsToADeadLetter(TestWorkflowEnvironment env) {
    WebhookAttemptOutcome[] busyThenOk = new WebhookAttemptOutcome[301];
    java.util.Arrays.fill(busyThenOk, WebhookAttemptOutcome.THROTTLED);
    busyThenOk[300] = WebhookAttemptOutcome.DELIVERED;
    FakeWebhookActivities endpoint = start(env, busyThenOk);

    DeliveryResult result = deliver(env);

    assertThat(result).isEqualTo(new DeliveryResult(DeliveryResult.Status.DELIVERED, 1));
    assertThat(endpoint.attemptTimes).hasSize(1);
    assertThat(endpoint.deadLetterTimes).isEmpty();
  }

  @Test
  void aLongDeliveryContinuesAsNewWithItsFailuresAndDeadline(TestWorkflowEnvironment env) {
    // Each throttled round is a marker, a timer and a workflow task: 600 rounds pass the history
    // limit, so the delivery continues as new at least once before it gets through.
    WebhookAttemptOutcome[] script = new WebhookAttemptOutcome[602];
    script[0] = WebhookAttemptOutcome.FAILED;
    java.util.Arrays.fill(script, 1, 601, WebhookAttemptOutcome.THROTTLED);
    script[601] = WebhookAttemptOutcome.DELIVERED;
    FakeWebhookActivities endpoint = start(env, script);
    String workflowId = WorkflowIds.webhookDelivery(TENANT, DELIVERY);
    WebhookDeliveryWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                WebhookDeliveryWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(workflowId)
                    .setTaskQueue(TaskQueues.WEBHOOKS)
                    .build());
    String firstRun =
        WorkflowClient.start(
                workflow::deliver,
                new WebhookDelivery(TENANT, DELIVERY, RetrySchedule.standard(), 5))
            .getRunId();

    DeliveryResult result =
        env.getWorkflowClient().newUntypedWorkflowStub(workflowId).getResult(DeliveryResult.class);

    assertThat(result).isEqualTo(new DeliveryResult(DeliveryResult.Status.DELIVERED, 2));
    assertThat(endpoint.attemptTimes).hasSize(2);
    assertThat(endpoint.deadLetterTimes).isEmpty();
    assertThat(
            env.getWorkflowClient()
                .fetchHistory(workflowId, firstRun)
                .getLastEvent()
                .getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
  }

  @Test
  void aDeletedEndpointCancelsTheDeliveryAtItsNextAttempt(TestWorkflowEnvironment env) {
    FakeWebhookActivities endpoint =
        start(env, WebhookAttemptOutcome.FAILED, WebhookAttemptOutcome.ENDPOINT_GONE);

    DeliveryResult result = deliver(env);

    assertThat(result).isEqualTo(new DeliveryResult(DeliveryResult.Status.CANCELLED, 1));
    assertThat(endpoint.deadLetterTimes).isEmpty();
  }
}
