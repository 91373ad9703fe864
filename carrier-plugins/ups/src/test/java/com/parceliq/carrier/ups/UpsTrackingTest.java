package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import org.junit.jupiter.api.Test;

class UpsTrackingTest extends UpsWireMockTest {

  private static final String NUMBER = "1ZA1B2C30312345678";
  private static final String PATH = "/api/track/v1/details/" + NUMBER;

  @Test
  void trackingGetsTheDetailsInEnglishWithoutTheSignatureImage() {
    ups.stubFor(
        get(urlPathEqualTo(PATH)).willReturn(json(200, "tracking/track-response-delivered.json")));

    plugin.track(NUMBER);

    ups.verify(
        authorized(getRequestedFor(urlEqualTo(PATH + "?locale=en_US&returnSignature=false"))));
  }

  @Test
  void scansComeOldestFirstInUtcWithNormalizedStatuses() {
    ups.stubFor(
        get(urlPathEqualTo(PATH)).willReturn(json(200, "tracking/track-response-delivered.json")));

    TrackingInfo info = plugin.track(NUMBER);

    assertThat(info.trackingCode()).isEqualTo(NUMBER);
    assertThat(info.status()).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(info.events())
        .containsExactly(
            new TrackingEvent(
                TrackingStatus.PRE_TRANSIT,
                "Shipper created a label, UPS has not received the package yet.",
                "US",
                "2025-11-14T14:15:00Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT,
                "Pickup Scan",
                "Timonium, MD, US",
                "2025-11-14T23:05:02Z"),
            new TrackingEvent(
                TrackingStatus.IN_TRANSIT,
                "Arrived at Facility",
                "Hodgkins, IL, US",
                "2025-11-17T05:59:00Z"),
            new TrackingEvent(
                TrackingStatus.OUT_FOR_DELIVERY,
                "Out For Delivery Today",
                "Irvine, CA, US",
                "2025-11-18T15:13:56Z"),
            new TrackingEvent(
                TrackingStatus.DELIVERED,
                "DELIVERED",
                "ALISO VIEJO, CA, US",
                "2025-11-18T22:32:10Z"));
  }

  @Test
  void anUnknownNumberIsRejected() {
    ups.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(404, "tracking/error-not-found.json")));

    assertThatThrownBy(() -> plugin.track(NUMBER))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.getMessage()).contains("TW0001");
            });
  }

  @Test
  void aNotFoundWarningOnASuccessfulAnswerIsRejected() {
    ups.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(json(200, "tracking/track-response-warning-not-found.json")));

    assertThatThrownBy(() -> plugin.track(NUMBER))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.getMessage()).contains("TW0001 Tracking Information Not Found");
            });
  }

  @Test
  void anInvalidInquiryNumberIsRejected() {
    ups.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(json(400, "tracking/error-invalid-inquiry-number.json")));

    assertThatThrownBy(() -> plugin.track(NUMBER))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED));
  }

  @Test
  void aTrackingNumberCannotBreakOutOfItsPathSegment() {
    ups.stubFor(
        get(urlPathEqualTo("/api/track/v1/details/1Z%2F..%3Fx"))
            .willReturn(json(200, "tracking/track-response-delivered.json")));

    plugin.track("1Z/..?x");

    ups.verify(getRequestedFor(urlPathEqualTo("/api/track/v1/details/1Z%2F..%3Fx")));
  }
}
