package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.Test;

class FedexOAuthTest extends FedexWireMockTest {

  private static final RateRequest REQUEST =
      new RateRequest(FedexFixtures.ALICE, FedexFixtures.BOB, FedexFixtures.PARCEL, null);

  @Test
  void tokenRequestIsTheClientCredentialsFormWithoutAnAuthorizationHeader() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));

    plugin.rate(REQUEST);

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexOAuth.PATH))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withoutHeader("Authorization")
            .withRequestBody(equalTo(FedexFixtures.text("oauth/token-request.form"))));
  }

  @Test
  void oneTokenServesEveryCallOfTheAccount() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));
    stub(
        post(urlEqualTo(FedexTracking.PATH))
            .willReturn(json(200, "tracking/track-response-delivered.json")));

    plugin.rate(REQUEST);
    plugin.track("794953535000");
    plugin.rate(REQUEST);

    fedex.verify(exactly(1), postRequestedFor(urlEqualTo(FedexOAuth.PATH)));
    fedex.verify(
        exactly(2),
        postRequestedFor(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1")));
    fedex.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(FedexTracking.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1")));
  }

  @Test
  void tokenFedexRejectsIsRefreshedOnceAndTheCallRetried() {
    stub(
        post(urlEqualTo(FedexOAuth.PATH))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, "oauth/token-response.json"))
            .willSetStateTo("refreshed"));
    stub(
        post(urlEqualTo(FedexOAuth.PATH))
            .inScenario("token")
            .whenScenarioStateIs("refreshed")
            .willReturn(json(200, "oauth/token-refreshed-response.json")));
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(json(401, "errors/unauthorized-401.json")));
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .willReturn(json(200, "rating/rate-response.json")));

    var rates = plugin.rate(REQUEST);
    plugin.rate(REQUEST);

    assertThat(rates)
        .first()
        .satisfies(rate -> assertThat(rate.amount()).isEqualTo(Money.usd("11.90")));
    fedex.verify(exactly(2), postRequestedFor(urlEqualTo(FedexOAuth.PATH)));
    fedex.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1")));
    fedex.verify(
        exactly(2),
        postRequestedFor(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-2")));
  }

  @Test
  void refusedClientCredentialsAreAuthenticationFailedAndNeverShowTheSecret() {
    stub(
        post(urlEqualTo(FedexOAuth.PATH))
            .willReturn(json(401, "oauth/error-invalid-client-401.json")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage())
        .contains("NOT.AUTHORIZED.ERROR")
        .doesNotContain(FedexFixtures.CLIENT_SECRET, FedexFixtures.CLIENT_ID);
    fedex.verify(exactly(0), postRequestedFor(urlEqualTo(FedexRating.PATH)));
  }

  @Test
  void tokenAnswerWithoutAccessTokenIsUnexpected() {
    stub(
        post(urlEqualTo(FedexOAuth.PATH))
            .willReturn(json(200, "oauth/token-response.json").withBody("{\"scope\":\"CXS\"}")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("access_token");
  }
}
