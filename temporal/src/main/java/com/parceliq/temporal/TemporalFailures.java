package com.parceliq.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.failure.ApplicationFailure;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads what went wrong out of the exceptions the Temporal SDK throws. Business refusals travel as
 * an {@link ApplicationFailure} whose type is a stable error code, but the SDK wraps it (in a
 * {@code WorkflowUpdateException}, a {@code WorkflowFailedException}, an {@code ActivityFailure}…),
 * so callers on both sides of Temporal look for it in the cause chain instead of by class.
 */
public final class TemporalFailures {

  private TemporalFailures() {}

  /** The outermost {@link ApplicationFailure} in the cause chain, if any. */
  public static Optional<ApplicationFailure> applicationFailure(Throwable failure) {
    return applicationFailure(failure, type -> true);
  }

  /**
   * The outermost {@link ApplicationFailure} whose type satisfies {@code knownType} (for example
   * "is one of our error codes"), skipping failures that only name a wrapping exception class.
   */
  public static Optional<ApplicationFailure> applicationFailure(
      Throwable failure, Predicate<String> knownType) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = failure;
        current != null && seen.add(current);
        current = current.getCause()) {
      if (current instanceof ApplicationFailure application
          && knownType.test(application.getType())) {
        return Optional.of(application);
      }
    }
    return Optional.empty();
  }

  /** The type (our error code) of the outermost {@link ApplicationFailure}, if any. */
  public static Optional<String> applicationFailureType(Throwable failure) {
    return applicationFailure(failure).map(ApplicationFailure::getType);
  }

  /**
   * The message the failure was created with, without the SDK's {@code message='…', type='…'}
   * decoration; falls back to the exception's own message.
   */
  public static String originalMessage(Throwable failure) {
    return applicationFailure(failure)
        .map(ApplicationFailure::getOriginalMessage)
        .orElseGet(failure::getMessage);
  }

  /**
   * Whether the Temporal service could not be reached or did not answer in time: the caller should
   * answer "try again later" (503) rather than treat it as a bug.
   */
  public static boolean isServiceUnavailable(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = failure;
        current != null && seen.add(current);
        current = current.getCause()) {
      if (current instanceof StatusRuntimeException grpc) {
        Status.Code code = grpc.getStatus().getCode();
        return code == Status.Code.UNAVAILABLE
            || code == Status.Code.DEADLINE_EXCEEDED
            || code == Status.Code.RESOURCE_EXHAUSTED;
      }
    }
    return false;
  }
}
