package com.parceliq.workflows.claims;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.ports.ClaimCarrierActivities;
import com.parceliq.workflows.ports.ClaimRecordActivities;
import com.parceliq.workflows.ports.EventActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The claim workflow's activity stubs. Records, payout and events on {@code shipping} retry until
 * done (they are idempotent); filing on the carrier's queue retries about a minute and a half like
 * a purchase; a poll gives up after three tries, since the next poll asks again. Create only from
 * workflow code.
 */
final class ClaimActivities {

  private static final int FILING_ATTEMPTS = 8;
  private static final int POLL_ATTEMPTS = 3;

  private final ClaimRecordActivities records;
  private final EventActivities events;
  private final ClaimCarrierActivities filing;
  private final ClaimCarrierActivities polling;

  ClaimActivities(String carrier) {
    ActivityOptions own =
        ActivityOptions.newBuilder()
            .setTaskQueue(TaskQueues.SHIPPING)
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMillis(500))
                    .setBackoffCoefficient(2)
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .build())
            .build();
    this.records = Workflow.newActivityStub(ClaimRecordActivities.class, own);
    this.events = Workflow.newActivityStub(EventActivities.class, own);
    this.filing =
        Workflow.newActivityStub(ClaimCarrierActivities.class, carrier(carrier, FILING_ATTEMPTS));
    this.polling =
        Workflow.newActivityStub(ClaimCarrierActivities.class, carrier(carrier, POLL_ATTEMPTS));
  }

  ClaimRecordActivities records() {
    return records;
  }

  EventActivities events() {
    return events;
  }

  ClaimCarrierActivities filing() {
    return filing;
  }

  ClaimCarrierActivities polling() {
    return polling;
  }

  private static ActivityOptions carrier(String carrier, int attempts) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.carrier(carrier))
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2)
                .setMaximumInterval(Duration.ofSeconds(30))
                .setMaximumAttempts(attempts)
                .setDoNotRetry(
                    ErrorCode.CARRIER_REJECTED.code(),
                    ErrorCode.CARRIER_AUTHENTICATION_FAILED.code(),
                    ErrorCode.CARRIER_UNSUPPORTED.code())
                .build())
        .build();
  }
}
