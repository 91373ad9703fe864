package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.StatusKinds;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;

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

  /** The taxonomy's reading of the status, shared by every carrier over HTTP. */
  static CarrierErrorKind kind(int status) {
    return StatusKinds.of(status);
  }
}
