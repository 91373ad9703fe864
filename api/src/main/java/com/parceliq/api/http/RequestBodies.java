package com.parceliq.api.http;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;

/** An absent body passes bean validation (nothing to validate), so resources require it here. */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T require(T body) {
    if (body == null) {
      throw new ApiException(ErrorCode.REQUEST_MALFORMED, "A JSON request body is required.");
    }
    return body;
  }
}
