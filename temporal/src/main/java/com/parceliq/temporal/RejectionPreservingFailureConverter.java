package com.parceliq.temporal;

import io.temporal.api.failure.v1.Failure;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.FailureConverter;
import io.temporal.failure.DefaultFailureConverter;
import io.temporal.internal.worker.WorkflowExecutionException;

/**
 * The SDK's failure converter, except that an already-serialized failure stays as it is.
 *
 * <p>Why: Java SDK 1.38.0 converts an update validator's rejection twice (sdk-java issue #2875,
 * fixed by PR #3001 after that release). The validator's {@code ApplicationFailure} is first
 * wrapped in a {@link WorkflowExecutionException} holding its serialized form, then that wrapper is
 * converted again as an unknown exception, so the client sees type {@code
 * io.temporal.internal.worker.WorkflowExecutionException} instead of, say, {@code RATE.EXPIRED}.
 * Returning the wrapped failure is what the fixed SDK does; on such an SDK this branch never runs.
 */
final class RejectionPreservingFailureConverter implements FailureConverter {

  private final FailureConverter standard = new DefaultFailureConverter();

  @Override
  public RuntimeException failureToException(Failure failure, DataConverter dataConverter) {
    return standard.failureToException(failure, dataConverter);
  }

  @Override
  public Failure exceptionToFailure(Throwable throwable, DataConverter dataConverter) {
    if (throwable instanceof WorkflowExecutionException serialized) {
      return serialized.getFailure();
    }
    return standard.exceptionToFailure(throwable, dataConverter);
  }
}
