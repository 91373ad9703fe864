package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.parceliq.carrier.usps.UspsFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class UspsTrackingTest {

  private static final String PATH = "/tem/tracking/v3/tracking/9205590109769900012613";

  @BeforeEach
  void token() {
    UspsFixtures.stubToken();
  }

  @Test
  void detailedTrackingIsRequestedAndReturnedOldestFirstInUtc(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo(PATH))
            .withQueryParam("expand", equalTo("DETAIL"))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(json("tracking/response-detail.json")));

    TrackingInfo info = UspsFixtures.testPlugin(wm).track("9205590109769900012613");

    assertThat(info.trackingCode()).isEqualTo("9205590109769900012613");
    assertThat(info.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
    assertThat(info.events())
        .containsExactly(
            new TrackingEvent(
                TrackingStatus.PRE_TRANSIT,
                "Shipping Label Created, USPS Awaiting Item",
                "NEW YORK, NY 10001",
                "2026-11-20T14:02:00Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT,
                "USPS in possession of item",
                "NEW YORK, NY 10001",
                "2026-11-20T17:31:00Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT,
                "Arrived at USPS Regional Facility",
                "SAN FRANCISCO CA DISTRIBUTION CENTER",
                "2026-11-24T05:45:00Z"),
            new TrackingEvent(
                TrackingStatus.OUT_FOR_DELIVERY,
                "Out for Delivery",
                "SAN FRANCISCO, CA 94105",
                "2026-11-24T14:10:00Z"));
    verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("expand", equalTo("DETAIL")));
  }

  @Test
  void unknownTrackingNumberIsRejectedNamingTheField(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PATH)).willReturn(json(404, "tracking/error-not-found.json")));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).track("9205590109769900012613"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors())
                  .extracting(FieldError::field)
                  .containsExactly("trackingNumber");
            });
  }

  @Test
  void statusCategoriesAndEventCodesMapToNormalizedStatuses() {
    assertThat(UspsTracking.category("Delivered")).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(UspsTracking.category("Pre-Shipment")).isEqualTo(TrackingStatus.PRE_TRANSIT);
    assertThat(UspsTracking.category("Accepted")).isEqualTo(TrackingStatus.IN_TRANSIT);
    assertThat(UspsTracking.category("Alert")).isEqualTo(TrackingStatus.FAILURE);
    assertThat(UspsTracking.category("Return to Sender"))
        .isEqualTo(TrackingStatus.RETURN_TO_SENDER);
    assertThat(UspsTracking.category("Something new")).isEqualTo(TrackingStatus.UNKNOWN);
    assertThat(UspsTracking.eventStatus("01", "Delivered, In/At Mailbox"))
        .isEqualTo(TrackingStatus.DELIVERED);
    assertThat(UspsTracking.eventStatus(null, "Delivered, Front Door/Porch"))
        .isEqualTo(TrackingStatus.DELIVERED);
    assertThat(UspsTracking.eventStatus("29", "Return to Sender"))
        .isEqualTo(TrackingStatus.RETURN_TO_SENDER);
    assertThat(UspsTracking.eventStatus(null, null)).isEqualTo(TrackingStatus.UNKNOWN);
  }
}
