package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.RateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented FedEx error shape, sent back to a real call, to its normalized kind. */
class FedexErrorsTest extends FedexWireMockTest {

  private static final RateRequest REQUEST =
      new RateRequest(FedexFixtures.ALICE, FedexFixtures.BOB, FedexFixtures.PARCEL, null);

  @ParameterizedTest(name = "{0} ({1}) is {2}")
  @CsvSource({
    "errors/unauthorized-401.json, 401, AUTHENTICATION_FAILED, NOT.AUTHORIZED.ERROR",
    "errors/forbidden-403.json, 403, AUTHENTICATION_FAILED, FORBIDDEN.ERROR",
    "errors/invalid-input-400.json, 400, REJECTED, INVALID.INPUT.EXCEPTION",
    "errors/account-mismatch-400.json, 400, REJECTED, ACCOUNT.NUMBER.MISMATCH",
    "errors/not-found-404.json, 404, REJECTED, NOT.FOUND.ERROR",
    "errors/too-many-requests-429.json, 429, RATE_LIMITED, TOO.MANY.REQUESTS.ERROR",
    "errors/internal-server-500.json, 500, UNAVAILABLE, INTERNAL.SERVER.ERROR",
    "errors/service-unavailable-503.json, 503, UNAVAILABLE, SERVICE.UNAVAILABLE.ERROR",
    "errors/validation-in-500.json, 500, REJECTED, SERVICETYPE.INVALID",
    "errors/service-unavailable-503.json, 400, UNAVAILABLE, SERVICE.UNAVAILABLE.ERROR",
    "errors/internal-server-500.json, 504, UNAVAILABLE, INTERNAL.SERVER.ERROR",
  })
  void errorShapeMapsToItsKind(String fixture, int status, CarrierErrorKind kind, String code) {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(status, fixture)));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.carrier()).isEqualTo("fedex");
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.getMessage())
        .contains(String.valueOf(status), code, "624deea6-b709-470c-8c39-4b5511281492")
        .doesNotContain(FedexFixtures.CLIENT_SECRET, "token-1", "token-2");
  }

  @Test
  void parameterListEntriesBecomeFieldErrors() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(400, "errors/invalid-input-400.json")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.fieldErrors())
        .containsExactly(
            new FieldError(
                "requestedShipment.requestedPackageLineItems[0].weight.value",
                "Invalid field value in the input"));
  }

  @Test
  void errorWithoutParameterListHasNoFieldErrors() {
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .willReturn(json(400, "errors/account-mismatch-400.json")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.fieldErrors()).isEmpty();
  }

  @ParameterizedTest(name = "{0} with an HTML body is {1}")
  @CsvSource({"502, UNAVAILABLE", "429, RATE_LIMITED", "408, TIMEOUT", "400, REJECTED"})
  void answerWithoutFedexJsonFallsBackToItsStatus(int status, CarrierErrorKind kind) {
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "text/html")
                    .withBody(FedexFixtures.bytes("errors/gateway-502.html"))));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.getMessage()).contains(status + " without error details");
  }
}
