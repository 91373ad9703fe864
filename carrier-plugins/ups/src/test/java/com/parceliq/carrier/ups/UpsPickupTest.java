package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsPickupTest extends UpsWireMockTest {

  private static final PickupRequest REQUEST =
      new PickupRequest(
          "pickup-42",
          UpsFixtures.SHIPPER,
          "2025-11-24T09:00:00Z",
          "2025-11-24T17:00:00Z",
          List.of("1ZA1B2C30312345678", "1ZA1B2C30312345679"),
          "Ring the bell at the loading dock",
          "ground");

  @Test
  void aPickupIsRequestedForTheWindowAndItsParcelsPaidByTheAccount() {
    ups.stubFor(
        post(urlEqualTo(UpsPickup.PATH)).willReturn(json(200, "pickup/pickup-response.json")));

    plugin.schedulePickup(REQUEST);

    ups.verify(
        authorized(postRequestedFor(urlEqualTo("/api/pickupcreation/v2409/pickup")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(UpsFixtures.text("pickup/pickup-request.json"))));
  }

  @Test
  void thePickupRequestNumberIsTheConfirmationAndTheRatedTotalTheFee() {
    ups.stubFor(
        post(urlEqualTo(UpsPickup.PATH)).willReturn(json(200, "pickup/pickup-response.json")));

    assertThat(plugin.schedulePickup(REQUEST))
        .isEqualTo(new PickupConfirmation("2929602E9CP", Money.usd("6.50")));
  }

  @Test
  void aPickupDateUpsRefusesIsRejected() {
    ups.stubFor(
        post(urlEqualTo(UpsPickup.PATH))
            .willReturn(json(400, "pickup/error-pickup-date-past.json")));

    assertThatThrownBy(() -> plugin.schedulePickup(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.getMessage()).contains("9510115");
            });
  }

  @Test
  void aWindowThatIsNotATimeIsRejectedWithoutCallingUps() {
    PickupRequest broken =
        new PickupRequest(
            "pickup-43",
            UpsFixtures.SHIPPER,
            "tomorrow",
            "2025-11-24T17:00:00Z",
            List.of(),
            null,
            null);

    assertThatThrownBy(() -> plugin.schedulePickup(broken))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("window_start"));
    assertThat(ups.getAllServeEvents()).isEmpty();
  }
}
