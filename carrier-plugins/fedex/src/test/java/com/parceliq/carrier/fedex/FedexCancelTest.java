package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import org.junit.jupiter.api.Test;

class FedexCancelTest extends FedexWireMockTest {

  private static final VoidRequest REQUEST =
      new VoidRequest("idem-void-7", "794953535000", "794953535000", "order-1001");

  @Test
  void voidIsAPutCancelOfEveryPackageByTrackingNumber() {
    stub(
        put(urlEqualTo(FedexCancel.PATH))
            .willReturn(json(200, "cancel/cancel-response-cancelled.json")));

    plugin.voidLabel(REQUEST);

    fedex.verify(
        putRequestedFor(urlEqualTo(FedexCancel.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("x-customer-transaction-id", equalTo("idem-void-7"))
            .withRequestBody(equalToJson(FedexFixtures.text("cancel/cancel-request.json"))));
  }

  @Test
  void voidKnowingOnlyTheCarrierShipmentIdCancelsThatTrackingNumber() {
    stub(
        put(urlEqualTo(FedexCancel.PATH))
            .willReturn(json(200, "cancel/cancel-response-cancelled.json")));

    plugin.voidLabel(new VoidRequest("idem-void-7", null, "794953535000", null));

    fedex.verify(
        putRequestedFor(urlEqualTo(FedexCancel.PATH))
            .withRequestBody(equalToJson(FedexFixtures.text("cancel/cancel-request.json"))));
  }

  @Test
  void cancelledShipmentIsRefundedAtOnce() {
    stub(
        put(urlEqualTo(FedexCancel.PATH))
            .willReturn(json(200, "cancel/cancel-response-cancelled.json")));

    VoidResult result = plugin.voidLabel(REQUEST);

    assertThat(result).isEqualTo(new VoidResult(VoidResult.Outcome.REFUNDED, "Success"));
  }

  @Test
  void shipmentFedexKeepsIsRejectedWithItsAlert() {
    stub(
        put(urlEqualTo(FedexCancel.PATH))
            .willReturn(json(200, "cancel/cancel-response-not-cancelled.json")));

    VoidResult result = plugin.voidLabel(REQUEST);

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REJECTED);
    assertThat(result.message()).contains("already been tendered");
  }

  @Test
  void invalidTrackingNumberIsRejectedWithTheField() {
    stub(
        put(urlEqualTo(FedexCancel.PATH))
            .willReturn(json(400, "cancel/error-tracking-number-invalid-400.json")));

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.voidLabel(REQUEST));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.fieldErrors())
        .containsExactly(
            new FieldError(
                "trackingNumber",
                "Invalid tracking number. Please correct the tracking number and try again."));
  }
}
