package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import org.junit.jupiter.api.Test;

class UpsVoidTest extends UpsWireMockTest {

  private static final String PATH = "/api/shipments/v2409/void/cancel/1ZA1B2C30312345678";
  private static final VoidRequest REQUEST =
      new VoidRequest("void-1", "1ZA1B2C30312345678", "1ZA1B2C30312345678", "order-1001");

  @Test
  void aVoidDeletesTheShipmentByItsIdentificationNumber() {
    ups.stubFor(delete(urlEqualTo(PATH)).willReturn(json(200, "void/void-response-voided.json")));

    plugin.voidLabel(REQUEST);

    ups.verify(authorized(deleteRequestedFor(urlEqualTo(PATH))));
  }

  @Test
  void aVoidedShipmentIsRefundedAtOnce() {
    ups.stubFor(delete(urlEqualTo(PATH)).willReturn(json(200, "void/void-response-voided.json")));

    assertThat(plugin.voidLabel(REQUEST))
        .isEqualTo(new VoidResult(VoidResult.Outcome.REFUNDED, "Voided"));
  }

  @Test
  void withoutAShipmentIdTheTrackingNumberIsVoided() {
    ups.stubFor(delete(urlEqualTo(PATH)).willReturn(json(200, "void/void-response-voided.json")));

    plugin.voidLabel(new VoidRequest("void-1", "1ZA1B2C30312345678", null, null));

    ups.verify(deleteRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aVoidUpsRefusesIsARejectedResultNotAnError() {
    ups.stubFor(
        delete(urlEqualTo(PATH)).willReturn(json(400, "void/error-void-period-expired.json")));

    VoidResult result = plugin.voidLabel(REQUEST);

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REJECTED);
    assertThat(result.message()).contains("190101", "void period");
  }

  @Test
  void aServerErrorDuringVoidStaysARetryableError() {
    ups.stubFor(
        delete(urlEqualTo(PATH)).willReturn(json(500, "errors/internal-server-error.json")));

    assertThatThrownBy(() -> plugin.voidLabel(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE));
  }

  @Test
  void aBlockedMerchantCannotVoid() {
    ups.stubFor(delete(urlEqualTo(PATH)).willReturn(json(403, "errors/blocked-merchant.json")));

    assertThatThrownBy(() -> plugin.voidLabel(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED));
  }
}
