package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.domain.ErrorCode;
import io.temporal.failure.ApplicationFailure;

/**
 * Turns a carrier's normalized error into the Temporal failure the workflows understand, with a
 * stable type per kind ({@code CARRIER.REJECTED}, {@code CARRIER.AUTHENTICATION_FAILED}, {@code
 * CARRIER.UNSUPPORTED} are final; {@code CARRIER.UNAVAILABLE}, {@code CARRIER.TIMEOUT}, {@code
 * CARRIER.RATE_LIMITED} are retried by the activity's policy, so Temporal backs off).
 *
 * <p>The failure's message is the carrier's own; its single detail is the carrier's list of field
 * errors ({@code [{field, message}]}), so the API can show which input the carrier refused.
 */
public final class CarrierFailureMapper {

  private CarrierFailureMapper() {}

  public static ApplicationFailure toFailure(CarrierException error) {
    String type = errorCode(error.kind()).code();
    return error.retryable()
        ? ApplicationFailure.newFailureWithCause(
            error.getMessage(), type, error, error.fieldErrors())
        : ApplicationFailure.newNonRetryableFailureWithCause(
            error.getMessage(), type, error, error.fieldErrors());
  }

  static ErrorCode errorCode(CarrierErrorKind kind) {
    return switch (kind) {
      case REJECTED -> ErrorCode.CARRIER_REJECTED;
      case AUTHENTICATION_FAILED -> ErrorCode.CARRIER_AUTHENTICATION_FAILED;
      case UNSUPPORTED -> ErrorCode.CARRIER_UNSUPPORTED;
      case UNAVAILABLE -> ErrorCode.CARRIER_UNAVAILABLE;
      case TIMEOUT -> ErrorCode.CARRIER_TIMEOUT;
      case RATE_LIMITED -> ErrorCode.CARRIER_RATE_LIMITED;
    };
  }
}
