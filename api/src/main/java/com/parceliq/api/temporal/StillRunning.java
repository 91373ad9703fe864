package com.parceliq.api.temporal;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;

/** The answer when an operation outlives the request's wait: retry later with the same key. */
public final class StillRunning {

  private StillRunning() {}

  public static ApiException error(String what) {
    return new ApiException(
        ErrorCode.DEPENDENCY_UNAVAILABLE,
        what + " is still in progress. Retry with the same Idempotency-Key to get its result.");
  }
}
