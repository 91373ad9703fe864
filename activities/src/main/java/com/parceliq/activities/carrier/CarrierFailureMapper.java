package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.domain.ErrorCode;
import io.temporal.failure.ApplicationFailure;

/**
 * Turns a carrier's normalized error into the Temporal failure the workflows understand. Refusals
 * are non-retryable (retrying the same request cannot succeed); outages, timeouts and throttling
 * are retryable, so the activity retry policy rides them out.
 *
 * <p>The failure's message is the carrier's own; its single detail is the carrier's list of field
 * errors ({@code [{field, message}]}), so the API can show which input the carrier refused.
 */
public final class CarrierFailureMapper {

  private CarrierFailureMapper() {}

  public static ApplicationFailure toFailure(CarrierException error) {
    return switch (error.kind()) {
      case REJECTED, AUTHENTICATION_FAILED, UNSUPPORTED ->
          ApplicationFailure.newNonRetryableFailureWithCause(
              error.getMessage(), ErrorCode.CARRIER_REJECTED.code(), error, error.fieldErrors());
      case UNAVAILABLE, TIMEOUT, RATE_LIMITED ->
          ApplicationFailure.newFailureWithCause(
              error.getMessage(), ErrorCode.CARRIER_UNAVAILABLE.code(), error, error.fieldErrors());
    };
  }
}
