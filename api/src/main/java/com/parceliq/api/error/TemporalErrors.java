package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TemporalFailures;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Failures that come back from Temporal. A business refusal travels as an {@code
 * ApplicationFailure} whose type is an {@link ErrorCode} code, wrapped by the SDK in an update or
 * workflow exception (and, for update validators, in a failure of the exception that carried it);
 * an unreachable cluster is a gRPC UNAVAILABLE or DEADLINE_EXCEEDED.
 */
public final class TemporalErrors {

  private TemporalErrors() {}

  public static Optional<ApiError> translate(Throwable failure) {
    if (failure instanceof WorkflowUpdateTimeoutOrCancelledException) {
      return Optional.of(
          ErrorStatus.error(ErrorCode.DEPENDENCY_UNAVAILABLE, Messages.STILL_RUNNING));
    }
    if (!(failure instanceof TemporalException)) {
      return Optional.empty();
    }
    Optional<ApplicationFailure> refusal = codedFailure(failure);
    if (refusal.isPresent()) {
      ErrorCode code = ErrorCode.fromCode(refusal.get().getType()).orElseThrow();
      return Optional.of(ErrorStatus.error(code, refusal.get().getOriginalMessage()));
    }
    if (TemporalFailures.isServiceUnavailable(failure)) {
      return Optional.of(ErrorStatus.error(ErrorCode.DEPENDENCY_UNAVAILABLE, Messages.UNAVAILABLE));
    }
    return Optional.empty();
  }

  /** The outermost failure in the cause chain whose type is one of our error codes. */
  static Optional<ApplicationFailure> codedFailure(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = failure;
        current != null && seen.add(current);
        current = current.getCause()) {
      if (current instanceof ApplicationFailure application
          && ErrorCode.fromCode(application.getType()).isPresent()) {
        return Optional.of(application);
      }
    }
    return Optional.empty();
  }
}
