package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.StatusKinds;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every USPS error answer into a {@link CarrierException}. USPS APIs answer
 *
 * <pre>{"apiVersion":"/labels/v3","error":{"code":"400","message":"Bad Request",
 *   "errors":[{"status":"400","code":"00000XX","title":"Bad Request","detail":"Order not found",
 *   "source":{"parameter":"trackingNumber","example":"..."}}]}}</pre>
 *
 * and the OAuth endpoint the RFC 6749 shape {@code {"error":"invalid_client",
 * "error_description":"..."}}; a gateway may answer with no JSON at all. The kind follows the HTTP
 * status ({@link StatusKinds}) except where the body says more: OAuth client errors and errors
 * naming the payment authorization are authentication failures, whatever their status. Each {@code
 * errors[]} entry naming a {@code source.parameter} becomes a {@link FieldError}.
 */
final class UspsErrors {

  private static final Set<String> OAUTH_CREDENTIAL_ERRORS =
      Set.of("invalid_client", "unauthorized_client", "invalid_grant", "access_denied");

  private static final Set<String> AUTH_PARAMETERS =
      Set.of("x-payment-authorization-token", "authorization");

  private UspsErrors() {}

  static CarrierException from(String operation, HttpAnswer answer) {
    JsonNode body = UspsJson.parse(answer.body());
    JsonNode error = body.path("error");
    CarrierErrorKind kind = StatusKinds.of(answer.status());
    List<FieldError> fields = new ArrayList<>();
    StringBuilder message =
        new StringBuilder("usps ")
            .append(operation)
            .append(" failed (HTTP ")
            .append(answer.status());
    if (error.isTextual()) {
      // RFC 6749 token error.
      message.append(", ").append(error.asText());
      String description = UspsJson.text(body, "error_description");
      if (description != null) {
        message.append(": ").append(description);
      }
      if (OAUTH_CREDENTIAL_ERRORS.contains(error.asText())) {
        kind = CarrierErrorKind.AUTHENTICATION_FAILED;
      }
    } else if (error.isObject()) {
      appendIfPresent(message, ", ", UspsJson.text(error, "code"));
      appendIfPresent(message, " ", UspsJson.text(error, "message"));
      for (JsonNode item : error.path("errors")) {
        String detail = firstOf(UspsJson.text(item, "detail"), UspsJson.text(item, "title"));
        String parameter = UspsJson.text(item.path("source"), "parameter");
        appendIfPresent(message, "; ", parameter == null ? detail : parameter + ": " + detail);
        if (parameter != null) {
          fields.add(new FieldError(parameter, detail == null ? "is invalid" : detail));
          if (AUTH_PARAMETERS.contains(parameter.toLowerCase(java.util.Locale.ROOT))) {
            kind = CarrierErrorKind.AUTHENTICATION_FAILED;
          }
        }
      }
    }
    answer.header("Retry-After").ifPresent(after -> message.append("; retry after ").append(after));
    message.append(')');
    return new CarrierException(UspsCarrierPlugin.CODE, kind, message.toString(), fields);
  }

  private static String firstOf(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }

  private static void appendIfPresent(StringBuilder message, String separator, String value) {
    if (value != null && !value.isBlank()) {
      message.append(separator).append(value);
    }
  }
}
