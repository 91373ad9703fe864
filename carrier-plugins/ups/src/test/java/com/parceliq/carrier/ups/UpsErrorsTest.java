package com.parceliq.carrier.ups;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error status the UPS OpenAPI specs document (400, 401, 403, 404, 429, 500, 503), each with
 * UPS's one error shape {"response":{"errors":[{code,message}]}} or no JSON at all.
 */
class UpsErrorsTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, errors/invalid-postal-code.json, REJECTED",
    "400, errors/invalid-ship-to-state.json, REJECTED",
    "400, errors/ship-to-address-validation.json, REJECTED",
    "400, errors/missing-shipper-number.json, REJECTED",
    "400, errors/general-process-failure.json, UNAVAILABLE",
    "400, errors/invalid-authentication.json, AUTHENTICATION_FAILED",
    "400, oauth/error-invalid-client.json, AUTHENTICATION_FAILED",
    "401, errors/invalid-authentication.json, AUTHENTICATION_FAILED",
    "401, oauth/error-invalid-client.json, AUTHENTICATION_FAILED",
    "403, errors/blocked-merchant.json, AUTHENTICATION_FAILED",
    "404, tracking/error-not-found.json, REJECTED",
    "429, errors/rate-limit-exceeded.json, RATE_LIMITED",
    "500, errors/internal-server-error.json, UNAVAILABLE",
    "503, errors/service-unavailable.html, UNAVAILABLE",
    "504, errors/service-unavailable.html, TIMEOUT",
    "400, void/error-void-period-expired.json, REJECTED",
    "400, pickup/error-pickup-date-past.json, REJECTED",
  })
  void eachUpsErrorMapsToItsKind(int status, String fixture, CarrierErrorKind kind) {
    CarrierException error = UpsErrors.from(answer(status, fixture));

    assertThat(error.kind()).isEqualTo(kind);
    assertThat(error.carrier()).isEqualTo("ups");
    assertThat(error.getMessage()).startsWith("ups answered " + status);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Missing or invalid ship to postal code, to_address.zip",
    "Missing or invalid ship to StateProvinceCode, to_address.state",
    "Missing or invalid ship to city, to_address.city",
    "Missing or invalid shipper phone number, from_address.phone",
    "Missing or invalid ship from country code, from_address.country",
    "Missing or invalid ship to address line 1, to_address.street1",
    "Package weight exceeds the maximum, parcel.weight_oz",
    "The requested service is unavailable between the selected locations, ",
  })
  void aMessageNamingAFieldBecomesThatFieldError(String message, String field) {
    assertThat(UpsErrors.fieldNamedIn(message)).isEqualTo(field);
  }

  @org.junit.jupiter.api.Test
  void everyErrorOfAnAnswerIsKeptInTheMessageAndItsFields() {
    CarrierException error =
        UpsErrors.from(
            new HttpAnswer(
                400,
                HttpHeaders.of(Map.of(), (a, b) -> true),
                ("{\"response\":{\"errors\":["
                        + "{\"code\":\"120206\",\"message\":\"Missing or invalid ship to StateProvinceCode\"},"
                        + "{\"code\":\"120100\",\"message\":\"Missing or invalid shipper number\"}]}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(error.getMessage()).contains("120206", "120100");
    assertThat(error.fieldErrors())
        .isEqualTo(
            List.of(
                new FieldError("to_address.state", "Missing or invalid ship to StateProvinceCode"),
                new FieldError("credentials.account_number", "Missing or invalid shipper number")));
  }

  private static HttpAnswer answer(int status, String fixture) {
    return new HttpAnswer(
        status, HttpHeaders.of(Map.of(), (a, b) -> true), UpsFixtures.bytes(fixture));
  }
}
