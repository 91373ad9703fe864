package com.parceliq.workflows.support;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TemporalFailures;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;

/**
 * Business refusals as the API sees them: a non-retryable {@link ApplicationFailure} whose type is
 * a stable {@link ErrorCode} code. Failures from activities are normalized so that an update never
 * fails with a type the API does not know.
 */
public final class Refusals {

  private Refusals() {}

  public static ApplicationFailure refuse(ErrorCode code, String message) {
    return ApplicationFailure.newNonRetryableFailure(message, code.code());
  }

  /**
   * The refusal carried by {@code failure}, keeping its code and its original message (such as the
   * carrier's own words); anything that is not one of our codes becomes {@code INTERNAL.ERROR}.
   */
  public static ApplicationFailure from(Throwable failure) {
    Optional<ApplicationFailure> coded =
        TemporalFailures.applicationFailure(failure, type -> ErrorCode.fromCode(type).isPresent());
    if (coded.isPresent()) {
      return refuse(
          ErrorCode.fromCode(coded.get().getType()).orElseThrow(),
          coded.get().getOriginalMessage());
    }
    return refuse(ErrorCode.INTERNAL, TemporalFailures.originalMessage(failure));
  }
}
