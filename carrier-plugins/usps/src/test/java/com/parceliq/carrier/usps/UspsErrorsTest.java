package com.parceliq.carrier.usps;

import static com.parceliq.carrier.usps.UspsFixtures.answer;
import static com.parceliq.carrier.usps.UspsFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UspsErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "400, purchase/error-fields.json, REJECTED",
    "400, void/error-not-found.json, REJECTED",
    "400, payment/error-account.json, REJECTED",
    "401, errors/401.json, AUTHENTICATION_FAILED",
    "403, errors/403-payment-token.json, AUTHENTICATION_FAILED",
    "404, tracking/error-not-found.json, REJECTED",
    "429, errors/429.json, RATE_LIMITED",
    "503, errors/503.json, UNAVAILABLE",
    "504, errors/503.json, TIMEOUT",
    "400, oauth/invalid-client.json, AUTHENTICATION_FAILED",
    "400, errors/400-payment-token.json, AUTHENTICATION_FAILED"
  })
  void documentedErrorShapeMapsToItsKind(int status, String fixture, CarrierErrorKind kind) {
    CarrierException error =
        UspsErrors.from("test", answer(status, "application/json", bytes(fixture)));

    assertThat(error.kind()).isEqualTo(kind);
    assertThat(error.carrier()).isEqualTo("usps");
  }

  @Test
  void everyNamedParameterBecomesAFieldErrorWithItsDetail() {
    CarrierException error =
        UspsErrors.from(
            "label purchase", answer(400, "application/json", bytes("purchase/error-fields.json")));

    assertThat(error.fieldErrors())
        .containsExactly(
            new FieldError(
                "toAddress.ZIPCode",
                "The ZIP Code 94105 is not valid for the city and state given."),
            new FieldError(
                "packageDescription.weight", "The package weight must not exceed 70 pounds."));
    assertThat(error.getMessage())
        .startsWith("usps label purchase failed (HTTP 400, 400 Bad Request")
        .contains("toAddress.ZIPCode: The ZIP Code 94105");
  }

  @Test
  void gatewayPageWithoutJsonFallsBackToTheStatus() {
    CarrierException error =
        UspsErrors.from("tracking", answer(502, "text/html", bytes("errors/502-gateway.html")));

    assertThat(error.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(error.fieldErrors()).isEmpty();
    assertThat(error.getMessage()).isEqualTo("usps tracking failed (HTTP 502)");
  }

  @Test
  void retryAfterIsKeptInTheMessage() {
    CarrierException error =
        UspsErrors.from(
            "rating",
            answer(429, "application/json", bytes("errors/429.json"), "Retry-After", "30"));

    assertThat(error.retryable()).isTrue();
    assertThat(error.getMessage()).contains("Quota exceeded").contains("retry after 30");
  }

  @Test
  void errorWithoutParameterHasNoFieldErrors() {
    CarrierException error =
        UspsErrors.from("tracking", answer(503, "application/json", bytes("errors/503.json")));

    assertThat(error.fieldErrors()).isEmpty();
    assertThat(error.getMessage()).contains("The service is temporarily unavailable.");
  }
}
