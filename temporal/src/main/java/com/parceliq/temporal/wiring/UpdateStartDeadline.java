package com.parceliq.temporal.wiring;

import io.grpc.Context;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how long starting an update may take. The SDK re-polls an update until it is accepted and
 * retries an unreachable frontend for up to a minute (its fixed update poll timeout), whatever the
 * stubs' retry expiration says; an HTTP request waiting on that outlives its client and holds a
 * database connection throughout. Under a gRPC deadline the SDK gives up when it passes, so the
 * caller answers 503 (or "still running") in time and a retry with the same update id re-attaches.
 */
public final class UpdateStartDeadline extends WorkflowClientInterceptorBase {

  /** The config key; unset (the workers) leaves the SDK's own bounds. */
  public static final String KEY = "parceliq.temporal.update-start-deadline";

  // gRPC needs a timer to cancel the context at its deadline; one daemon thread serves every call.
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "temporal-update-deadline");
            thread.setDaemon(true);
            return thread;
          });

  private final Duration deadline;

  public UpdateStartDeadline(Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException(KEY + " must be positive, was " + deadline);
    }
    this.deadline = deadline;
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
      WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {
      @Override
      public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
        return bounded(() -> super.startUpdate(input));
      }

      @Override
      public <R> WorkflowUpdateWithStartOutput<R> updateWithStart(
          WorkflowUpdateWithStartInput<R> input) {
        return bounded(() -> super.updateWithStart(input));
      }
    };
  }

  <T> T bounded(Supplier<T> call) {
    Context.CancellableContext context =
        Context.current().withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS, TIMER);
    Context previous = context.attach();
    try {
      return call.get();
    } finally {
      context.detach(previous);
      context.cancel(null);
    }
  }
}
