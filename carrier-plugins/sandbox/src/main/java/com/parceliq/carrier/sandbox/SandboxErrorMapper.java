package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Maps the simulator's failures to the normalized taxonomy. Whether a purchase may be retried hangs
 * on this: REJECTED is final, UNAVAILABLE / TIMEOUT / RATE_LIMITED are worth another try.
 */
final class SandboxErrorMapper {

  private SandboxErrorMapper() {}

  /** A non-2xx answer; {@code body} is the simulator's error JSON when it could send one. */
  static CarrierException fromResponse(int status, byte[] body) {
    JsonNode error = SandboxJson.tryParse(body).path("error");
    String code = error.path("code").asText("http_" + status);
    String message = error.path("message").asText("no error details");
    return new CarrierException(
        SandboxCarrierPlugin.CODE,
        kind(status),
        "sandbox answered " + status + " " + code + ": " + message,
        SandboxJson.fieldErrors(error.path("errors")));
  }

  /** A call that got no answer at all. */
  static CarrierException fromIo(IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CarrierException(
        SandboxCarrierPlugin.CODE, ioKind(e), "sandbox call failed: " + detail, e);
  }

  private static CarrierErrorKind ioKind(IOException e) {
    // A connect timeout means the request never left, so nothing can have happened at the
    // carrier: that is UNAVAILABLE, unlike a request timeout whose outcome is unknown.
    if (e instanceof HttpConnectTimeoutException) {
      return CarrierErrorKind.UNAVAILABLE;
    }
    if (e instanceof HttpTimeoutException) {
      return CarrierErrorKind.TIMEOUT;
    }
    // Refused, reset or closed connections: the carrier is not reachable right now.
    return CarrierErrorKind.UNAVAILABLE;
  }

  static CarrierErrorKind kind(int status) {
    if (status == 401 || status == 403) {
      return CarrierErrorKind.AUTHENTICATION_FAILED;
    }
    if (status == 408) {
      return CarrierErrorKind.TIMEOUT;
    }
    if (status == 429) {
      return CarrierErrorKind.RATE_LIMITED;
    }
    if (status >= 500) {
      return CarrierErrorKind.UNAVAILABLE;
    }
    // 400, 422 and the rest of 4xx (404 unknown label, 409 conflict): the request itself is
    // wrong, and sending it again cannot help.
    return CarrierErrorKind.REJECTED;
  }
}
