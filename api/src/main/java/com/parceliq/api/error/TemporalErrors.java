package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TemporalFailures;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalException;
import java.util.Optional;

/**
 * Failures that come back from Temporal. A business refusal travels as an {@code
 * ApplicationFailure} whose type is an {@link ErrorCode} code, wrapped by the SDK in an update or
 * workflow exception (and, for update validators, in a failure of the exception that carried it);
 * an unreachable cluster is a gRPC UNAVAILABLE or DEADLINE_EXCEEDED.
 */
public final class TemporalErrors {

  /** The Temporal server's words for "the workflow task is being retried" (history service). */
  static final String WORKFLOW_TASK_FAILED = "Workflow Task in failed state";

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
    if (isWorkflowTaskRetrying(failure)) {
      return Optional.of(ErrorStatus.error(ErrorCode.DEPENDENCY_UNAVAILABLE, Messages.RECOVERING));
    }
    return Optional.empty();
  }

  /**
   * The server refuses updates while the workflow's last workflow task failed or timed out, which
   * is what a worker killed in the middle of one leaves behind until another worker completes it
   * (found by the chaos run: a buy right after a worker SIGKILL answered 500). Transient: 503.
   */
  static boolean isWorkflowTaskRetrying(Throwable failure) {
    return CauseChain.of(failure)
        .filter(
            current ->
                current instanceof StatusRuntimeException grpc
                    && grpc.getStatus().getCode() == Status.Code.FAILED_PRECONDITION)
        .findFirst()
        .map(grpc -> ((StatusRuntimeException) grpc).getStatus().getDescription())
        .filter(description -> description.contains(WORKFLOW_TASK_FAILED))
        .isPresent();
  }

  /** The outermost failure in the cause chain whose type is one of our error codes. */
  static Optional<ApplicationFailure> codedFailure(Throwable failure) {
    return CauseChain.of(failure)
        .filter(ApplicationFailure.class::isInstance)
        .map(ApplicationFailure.class::cast)
        .filter(application -> ErrorCode.fromCode(application.getType()).isPresent())
        .findFirst();
  }
}
