package com.parceliq.temporal.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Context;
import io.grpc.Deadline;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A buy waiting to be accepted while Temporal is unreachable hung for the SDK's fixed minute of
 * update polls, longer than any HTTP client waits (found by ApiUnderDependencyOutageIT): the
 * interceptor puts the update start under a gRPC deadline, which the SDK's retries honour.
 */
class UpdateStartDeadlineTest {

  @Test
  void anUpdateStartWhileTemporalIsUnreachableRunsUnderTheConfiguredDeadline() {
    AtomicReference<Deadline> seen = new AtomicReference<>();
    WorkflowClientCallsInterceptor sdk =
        new WorkflowClientCallsInterceptorBase(null) {
          @Override
          public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
            seen.set(Context.current().getDeadline());
            return null;
          }
        };

    new UpdateStartDeadline(Duration.ofSeconds(10))
        .workflowClientCallsInterceptor(sdk)
        .startUpdate(null);

    assertThat(seen.get()).as("the deadline the SDK's retries see").isNotNull();
    assertThat(seen.get().timeRemaining(TimeUnit.MILLISECONDS)).isBetween(1L, 10_000L);
    assertThat(Context.current().getDeadline()).as("the caller's context afterwards").isNull();
  }

  @Test
  void otherCallsKeepTheirOwnBounds() {
    AtomicReference<Deadline> seen = new AtomicReference<>(Deadline.after(1, TimeUnit.DAYS));
    WorkflowClientCallsInterceptor sdk =
        new WorkflowClientCallsInterceptorBase(null) {
          @Override
          public DescribeWorkflowOutput describe(DescribeWorkflowInput input) {
            seen.set(Context.current().getDeadline());
            return null;
          }
        };

    new UpdateStartDeadline(Duration.ofSeconds(10))
        .workflowClientCallsInterceptor(sdk)
        .describe(null);

    assertThat(seen.get()).isNull();
  }

  @Test
  void aDeadlineMustBePositive() {
    assertThatThrownBy(() -> new UpdateStartDeadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(UpdateStartDeadline.KEY);
  }
}
