package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.parceliq.carrier.usps.UspsFixtures.json;
import static com.parceliq.carrier.usps.UspsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Money;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class UspsRatingTest {

  private static final String PATH = "/tem/prices/v3/base-rates/search";
  private static final RateRequest REQUEST =
      new RateRequest(UspsFixtures.ALICE, UspsFixtures.BOB, UspsFixtures.PARCEL, "order-1001");

  @BeforeEach
  void token() {
    UspsFixtures.stubToken();
  }

  private static void stubService(String service, ResponseDefinitionBuilder answer) {
    stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(text("rating/request-" + service + ".json")))
            .willReturn(answer));
  }

  @Test
  void everyServiceIsPricedWithItsOwnExactRequest(WireMockRuntimeInfo wm) {
    for (String service : UspsServices.TOKENS) {
      stubService(service, json("rating/response-" + service + ".json"));
    }

    List<CarrierRate> rates = UspsFixtures.testPlugin(wm).rate(REQUEST);

    assertThat(rates)
        .containsExactly(
            new CarrierRate("usps", "ground_advantage", Money.usd("8.03"), 0),
            new CarrierRate("usps", "priority", Money.usd("10.40"), 0),
            new CarrierRate("usps", "priority_express", Money.usd("42.75"), 0));
    assertThat(rates.get(1).amount().amount()).hasToString("10.40");
    verify(3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void serviceUspsRefusesForTheParcelIsLeftOut(WireMockRuntimeInfo wm) {
    stubService("ground_advantage", json("rating/response-ground_advantage.json"));
    stubService("priority", json("rating/response-priority.json"));
    stubService("priority_express", json(400, "purchase/error-fields.json"));

    assertThat(UspsFixtures.testPlugin(wm).rate(REQUEST))
        .extracting(CarrierRate::service)
        .containsExactly("ground_advantage", "priority");
  }

  @Test
  void everyServiceRefusedIsThrownWithFieldErrors(WireMockRuntimeInfo wm) {
    for (String service : UspsServices.TOKENS) {
      stubService(service, json(400, "purchase/error-fields.json"));
    }

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors())
                  .contains(
                      new FieldError(
                          "packageDescription.weight",
                          "The package weight must not exceed 70 pounds."));
            });
  }

  @Test
  void aRateLimitFailsTheRatingWithTheCarriersRetryAfterAndNothingIsRetried(
      WireMockRuntimeInfo wm) {
    stubService("ground_advantage", json(429, "errors/429.json").withHeader("Retry-After", "30"));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.RATE_LIMITED);
              assertThat(e.getMessage()).contains("retry after 30");
            });
    // The services are priced together, so each was asked once; the throttled one never again.
    verify(UspsServices.TOKENS.size(), postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void ouncesBecomePoundsRoundedUpToATenThousandth() {
    assertThat(UspsJson.pounds(new java.math.BigDecimal("16"))).hasToString("1");
    assertThat(UspsJson.pounds(new java.math.BigDecimal("1"))).hasToString("0.0625");
    assertThat(UspsJson.pounds(new java.math.BigDecimal("20.5"))).hasToString("1.2813");
    assertThat(UspsJson.pounds(new java.math.BigDecimal("0.001"))).hasToString("0.0001");
    assertThat(UspsJson.inches(new java.math.BigDecimal("10.001"))).hasToString("10.01");
  }
}
