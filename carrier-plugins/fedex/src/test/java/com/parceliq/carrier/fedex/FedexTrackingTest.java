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
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import org.junit.jupiter.api.Test;

class FedexTrackingTest extends FedexWireMockTest {

  @Test
  void trackAsksForOneNumberWithDetailedScans() {
    stub(
        post(urlEqualTo(FedexTracking.PATH))
            .willReturn(json(200, "tracking/track-response-delivered.json")));

    plugin.track("794953535000");

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexTracking.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withoutHeader("x-customer-transaction-id")
            .withRequestBody(equalToJson(FedexFixtures.text("tracking/track-request.json"))));
  }

  @Test
  void deliveredParcelHasItsScansOldestFirstInUtc() {
    stub(
        post(urlEqualTo(FedexTracking.PATH))
            .willReturn(json(200, "tracking/track-response-delivered.json")));

    TrackingInfo info = plugin.track("794953535000");

    assertThat(info.trackingCode()).isEqualTo("794953535000");
    assertThat(info.status()).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(info.events())
        .containsExactly(
            new TrackingEvent(
                TrackingStatus.PRE_TRANSIT,
                "Shipment information sent to FedEx",
                null,
                "2026-11-22T15:31:12Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT, "Picked up", "MEMPHIS, TN, US", "2026-11-23T23:05:00Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT,
                "Departed FedEx location",
                "MEMPHIS, TN, US",
                "2026-11-24T04:40:00Z"),
            new TrackingEvent(
                TrackingStatus.OUT_FOR_DELIVERY,
                "On FedEx vehicle for delivery",
                "AUSTIN, TX, US",
                "2026-11-25T14:15:00Z"),
            new TrackingEvent(
                TrackingStatus.DELIVERED, "Delivered", "AUSTIN, TX, US", "2026-11-25T20:02:00Z"));
  }

  @Test
  void numberFedexDoesNotKnowIsRejectedOnTheTrackingCode() {
    stub(
        post(urlEqualTo(FedexTracking.PATH))
            .willReturn(json(200, "tracking/track-response-not-found.json")));

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.track("000000000000"));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.getMessage()).contains("TRACKING.TRACKINGNUMBER.NOTFOUND");
    assertThat(e.fieldErrors())
        .containsExactly(
            new FieldError(
                "tracking_code",
                "Tracking number cannot be found. Please correct the tracking number and try"
                    + " again."));
  }

  @Test
  void unknownFedexStatusCodeIsUnknownRatherThanAFailedPoll() {
    assertThat(FedexTracking.status("ZZ")).isEqualTo(TrackingStatus.UNKNOWN);
    assertThat(FedexTracking.status(null)).isEqualTo(TrackingStatus.UNKNOWN);
  }
}
