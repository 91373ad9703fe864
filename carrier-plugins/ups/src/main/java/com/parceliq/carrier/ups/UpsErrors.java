package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.StatusKinds;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps UPS's error answers to the normalized taxonomy. Every UPS REST API (and the OAuth endpoint)
 * answers errors as {@code {"response":{"errors":[{"code":"...","message":"..."}]}}}. The code says
 * more than the HTTP status where UPS documents it:
 *
 * <ul>
 *   <li>{@code 250xxx} (250002 "Invalid Authentication Information", 250003 "Invalid Access License
 *       number"...) and OAuth's 10400 / 10401 are AUTHENTICATION_FAILED whatever the status;
 *   <li>{@code 20001} "General process failure" is the one common error UPS marks Transient:
 *       UNAVAILABLE, worth another try;
 *   <li>429 is RATE_LIMITED;
 *   <li>everything else follows the status ({@link StatusKinds}): the field and business errors
 *       (111xxx rating, 120xxx shipping, 190xxx void, 9xxxxxx pickup...) arrive as 400 and are
 *       REJECTED.
 * </ul>
 *
 * UPS names no field in a structured way: codes we know ({@link #FIELDS_BY_CODE}) and messages that
 * name an address part or the parcel become {@link FieldError}s with our request's field names.
 */
final class UpsErrors {

  private static final Set<String> TRANSIENT_CODES = Set.of("20001");

  /** OAuth: 10400 "Invalid/Missing Authorization Header", 10401 "ClientId is Invalid". */
  private static final Set<String> OAUTH_CODES = Set.of("10400", "10401");

  private static final Map<String, String> FIELDS_BY_CODE =
      Map.of("120100", "credentials." + UpsApi.ACCOUNT_NUMBER, "120802", "to_address");

  private UpsErrors() {}

  static CarrierException from(HttpAnswer answer) {
    List<UpsError> errors = errors(CarrierJson.tryParse(answer.body()));
    String summary =
        errors.isEmpty()
            ? "no error details"
            : String.join("; ", errors.stream().map(UpsError::toString).toList());
    return new CarrierException(
        UpsCarrierPlugin.CODE,
        kind(answer.status(), errors),
        "ups answered " + answer.status() + ": " + summary,
        fieldErrors(errors));
  }

  record UpsError(String code, String message) {
    @Override
    public String toString() {
      return code + " " + message;
    }
  }

  static List<UpsError> errors(JsonNode body) {
    List<UpsError> errors = new ArrayList<>();
    for (JsonNode error : UpsJson.list(body.path("response").path("errors"))) {
      errors.add(new UpsError(error.path("code").asText(""), error.path("message").asText("")));
    }
    return errors;
  }

  static CarrierErrorKind kind(int status, List<UpsError> errors) {
    if (status == 429) {
      return CarrierErrorKind.RATE_LIMITED;
    }
    for (UpsError error : errors) {
      if (error.code().matches("250\\d{3}") || OAUTH_CODES.contains(error.code())) {
        return CarrierErrorKind.AUTHENTICATION_FAILED;
      }
      if (TRANSIENT_CODES.contains(error.code())) {
        return CarrierErrorKind.UNAVAILABLE;
      }
    }
    return StatusKinds.of(status);
  }

  static List<FieldError> fieldErrors(List<UpsError> errors) {
    List<FieldError> fields = new ArrayList<>();
    for (UpsError error : errors) {
      String field = FIELDS_BY_CODE.get(error.code());
      if (field == null) {
        field = fieldNamedIn(error.message());
      }
      if (field != null) {
        fields.add(new FieldError(field, error.message()));
      }
    }
    return fields;
  }

  /** Reads "Missing or invalid ship to postal code"-style messages; null when none is named. */
  static String fieldNamedIn(String message) {
    String text = message.toLowerCase(Locale.ROOT).replace("shipto", "ship to");
    String party;
    if (text.contains("ship to") || text.contains("consignee")) {
      party = "to_address";
    } else if (text.contains("ship from")
        || text.contains("shipfrom")
        || text.contains("shipper")) {
      party = "from_address";
    } else if (text.contains("weight")) {
      return "parcel.weight_oz";
    } else if (text.contains("dimension")) {
      return "parcel";
    } else {
      return null;
    }
    if (text.contains("postal code") || text.contains("zip")) {
      return party + ".zip";
    }
    if (text.contains("state") || text.contains("province")) {
      return party + ".state";
    }
    if (text.contains("city")) {
      return party + ".city";
    }
    if (text.contains("country")) {
      return party + ".country";
    }
    if (text.contains("phone")) {
      return party + ".phone";
    }
    if (text.contains("address line") || text.contains("street")) {
      return party + ".street1";
    }
    if (text.contains("name")) {
      return party + ".name";
    }
    return party;
  }
}
