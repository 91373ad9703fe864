package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.StatusKinds;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * FedEx's one error shape, {@code {"transactionId", "errors": [{"code", "message", "parameterList":
 * [{"key", "value"}]}]}}, as a {@link CarrierException}. The kind comes from the codes where they
 * say more than the status: {@code NOT.AUTHORIZED.ERROR} / {@code FORBIDDEN.ERROR} are
 * AUTHENTICATION_FAILED, {@code SERVICE.UNAVAILABLE.ERROR} / {@code INTERNAL.SERVER.ERROR}
 * UNAVAILABLE, quota and rate-limit codes (and any 429) RATE_LIMITED, validation codes ({@code
 * *.INVALID}, {@code *.MISSING}, {@code *.REQUIRED}, {@code *.MISMATCH}, {@code
 * INVALID.INPUT.EXCEPTION} ...) REJECTED even when FedEx sends them with a 5xx; otherwise {@link
 * StatusKinds}. Each {@code parameterList} entry becomes a {@link FieldError} for its key. Messages
 * carry FedEx's codes, texts and transaction id, never a credential.
 */
final class FedexErrors {

  private FedexErrors() {}

  static CarrierException from(HttpAnswer answer) {
    JsonNode body = FedexJson.parse(answer.body());
    List<String> codes = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<FieldError> fields = new ArrayList<>();
    for (JsonNode error : body.path("errors")) {
      String code = error.path("code").asText("");
      String message = error.path("message").asText("");
      codes.add(code);
      details.add(code + ": " + message);
      for (JsonNode parameter : error.path("parameterList")) {
        String key = parameter.path("key").asText("");
        if (!key.isBlank()) {
          fields.add(new FieldError(key, message.isBlank() ? code : message));
        }
      }
    }
    String transaction = FedexJson.text(body, "transactionId");
    String text =
        "fedex answered "
            + answer.status()
            + " "
            + (details.isEmpty() ? "without error details" : String.join("; ", details))
            + (transaction == null ? "" : " (transaction " + transaction + ")");
    return new CarrierException(
        FedexCarrierPlugin.CODE, kind(answer.status(), codes), text, List.copyOf(fields));
  }

  static CarrierErrorKind kind(int status, List<String> codes) {
    if (status == 429 || codes.stream().anyMatch(FedexErrors::isRateLimit)) {
      return CarrierErrorKind.RATE_LIMITED;
    }
    if (codes.stream().anyMatch(FedexErrors::isAuthentication)) {
      return CarrierErrorKind.AUTHENTICATION_FAILED;
    }
    if (codes.stream().anyMatch(FedexErrors::isValidation)) {
      return CarrierErrorKind.REJECTED;
    }
    if (codes.stream().anyMatch(FedexErrors::isUnavailable)) {
      return CarrierErrorKind.UNAVAILABLE;
    }
    return StatusKinds.of(status);
  }

  /** A 2xx answer this adapter cannot read; retryable, as the sandbox plugin treats it. */
  static CarrierException unexpected(String what) {
    return new CarrierException(
        FedexCarrierPlugin.CODE,
        CarrierErrorKind.UNAVAILABLE,
        "unexpected fedex answer: " + what,
        List.of());
  }

  private static boolean isRateLimit(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.contains("TOO.MANY.REQUESTS") || c.contains("RATE.LIMIT") || c.contains("QUOTA");
  }

  private static boolean isAuthentication(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.equals("NOT.AUTHORIZED.ERROR")
        || c.equals("FORBIDDEN.ERROR")
        || c.equals("UNAUTHORIZED")
        || c.startsWith("LOGIN.")
        || c.endsWith(".UNAUTHORIZED");
  }

  private static boolean isValidation(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.equals("INVALID.INPUT.EXCEPTION")
        || c.endsWith(".INVALID")
        || c.endsWith(".MISSING")
        || c.endsWith(".REQUIRED")
        || c.endsWith(".MISMATCH")
        || c.endsWith(".NOTFOUND")
        || c.endsWith(".NOTALLOWED")
        || c.endsWith(".EMPTY")
        || c.equals("NOT.FOUND.ERROR");
  }

  private static boolean isUnavailable(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.equals("SERVICE.UNAVAILABLE.ERROR")
        || c.equals("INTERNAL.SERVER.ERROR")
        || c.startsWith("SYSTEM.UNAVAILABLE");
  }
}
