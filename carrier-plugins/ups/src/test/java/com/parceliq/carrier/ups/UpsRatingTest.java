package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.Test;

class UpsRatingTest extends UpsWireMockTest {

  private static final RateRequest REQUEST =
      new RateRequest(UpsFixtures.SHIPPER, UpsFixtures.RECEIVER, UpsFixtures.PARCEL, "order-1001");

  @Test
  void shopPostsTheShipmentWithWeightInPoundsRoundedUpAndBillsTheAccount() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH)).willReturn(json(200, "rating/shop-response.json")));

    plugin.rate(REQUEST);

    ups.verify(
        authorized(postRequestedFor(urlEqualTo("/api/rating/v2409/Shop")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(UpsFixtures.text("rating/shop-request.json"))));
  }

  @Test
  void everyServiceWeOfferIsPricedAtTheNegotiatedTotalWhenUpsGivesOne() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH)).willReturn(json(200, "rating/shop-response.json")));

    assertThat(plugin.rate(REQUEST))
        .containsExactly(
            new CarrierRate("ups", "ground", Money.usd("13.77"), 0),
            new CarrierRate("ups", "3_day_select", Money.usd("29.63"), 3),
            new CarrierRate("ups", "2nd_day_air", Money.usd("35.10"), 2),
            new CarrierRate("ups", "next_day_air", Money.usd("89.34"), 1));
  }

  @Test
  void aSingleRatedShipmentSentAsAnObjectIsStillOneRate() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH)).willReturn(json(200, "rating/shop-response-single.json")));

    assertThat(plugin.rate(REQUEST))
        .containsExactly(new CarrierRate("ups", "ground", Money.usd("16.49"), 0));
  }

  @Test
  void anInvalidPostalCodeIsRejected() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH)).willReturn(json(400, "errors/invalid-postal-code.json")));

    assertThatThrownBy(() -> plugin.rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("111285", "postal code 99999 is invalid");
            });
  }

  @Test
  void aMissingShipperNumberNamesTheAccountNumberCredential() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH))
            .willReturn(json(400, "errors/missing-shipper-number.json")));

    assertThatThrownBy(() -> plugin.rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactly(
                        new FieldError(
                            "credentials.account_number", "Missing or invalid shipper number")));
  }

  @Test
  void aRateLimitedCallIsRetryable() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH)).willReturn(json(429, "errors/rate-limit-exceeded.json")));

    assertThatThrownBy(() -> plugin.rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.RATE_LIMITED);
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void anHtmlOutagePageIsUnavailable() {
    ups.stubFor(
        post(urlEqualTo(UpsRating.PATH))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "text/html")
                    .withBody(UpsFixtures.text("errors/service-unavailable.html"))));

    assertThatThrownBy(() -> plugin.rate(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
              assertThat(e.getMessage()).contains("503", "no error details");
            });
  }
}
