package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class FedexRatingTest extends FedexWireMockTest {

  private static final RateRequest REQUEST =
      new RateRequest(FedexFixtures.ALICE, FedexFixtures.BOB, FedexFixtures.PARCEL, "order-1001");

  @Test
  void rateRequestIsTheDocumentedQuoteWithTheAccountNumberAndBearerToken() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));

    plugin.rate(REQUEST);

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexRating.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("X-locale", equalTo("en_US"))
            .withHeader("x-customer-transaction-id", equalTo("order-1001"))
            .withRequestBody(equalToJson(FedexFixtures.text("rating/rate-request.json"))));
  }

  @Test
  void rateWithoutReferenceSendsNoCustomerTransactionId() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));

    plugin.rate(new RateRequest(REQUEST.from(), REQUEST.to(), REQUEST.parcel(), null));

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexRating.PATH)).withoutHeader("x-customer-transaction-id"));
  }

  @Test
  void ratesAreTheAccountRatePerOfferedServiceAsExactMoney() {
    stub(post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));

    List<CarrierRate> rates = plugin.rate(REQUEST);

    // Ground: ACCOUNT (11.9) wins over LIST (13.41) even when listed second; 2Day has only a LIST
    // rate and no transitTime (published 2 days); freight is not a service this adapter offers.
    assertThat(rates)
        .containsExactly(
            new CarrierRate("fedex", "ground", Money.usd("11.90"), 3),
            new CarrierRate("fedex", "2day", Money.usd("33.08"), 2),
            new CarrierRate("fedex", "priority_overnight", Money.usd("72.15"), 1));
  }

  @Test
  void laneFedexDoesNotServeIsRejected() {
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .willReturn(json(400, "rating/error-location-no-service-400.json")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.getMessage())
        .contains("400", "RATE.LOCATION.NOSERVICE", "4b9f3a8e-2f4c-4b8e-9c33-0d2b1a7d9e55");
  }

  @Test
  void rateAnswerWithoutRateDetailsIsUnexpected() {
    stub(
        post(urlEqualTo(FedexRating.PATH))
            .willReturn(
                json(200, "rating/rate-response.json").withBody("{\"transactionId\":\"x\"}")));

    CarrierException e = catchThrowableOfType(CarrierException.class, () -> plugin.rate(REQUEST));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("rateReplyDetails");
  }
}
