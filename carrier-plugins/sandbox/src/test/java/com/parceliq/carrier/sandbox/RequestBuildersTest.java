package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.VoidRequest;
import org.junit.jupiter.api.Test;

class RequestBuildersTest {

  @Test
  void purchaseRequestMatchesTheRecordedWireShape() {
    PurchaseRequest request =
        new PurchaseRequest(
            "buy-1",
            Fixtures.ALICE,
            Fixtures.BOB,
            Fixtures.PARCEL,
            "express",
            "order-7",
            LabelFormat.ZPL);

    assertThat(Fixtures.asSent(PurchaseCall.request(request)))
        .isEqualTo(Fixtures.json("purchase-request.json"));
  }

  @Test
  void purchaseWithoutFormatAsksForPdf() {
    PurchaseRequest request =
        new PurchaseRequest(
            "buy-1", Fixtures.ALICE, Fixtures.BOB, Fixtures.PARCEL, "ground", null, null);

    assertThat(PurchaseCall.request(request).get("label_format").asText()).isEqualTo("pdf");
    assertThat(PurchaseCall.request(request).has("reference")).isFalse();
  }

  @Test
  void rateRequestCarriesBothAddressesAndTheParcel() {
    RateRequest request = new RateRequest(Fixtures.ALICE, Fixtures.BOB, Fixtures.PARCEL, "r-1");

    var body = Fixtures.asSent(RatingCall.request(request));

    assertThat(body.at("/from_address/zip").asText()).isEqualTo("10001");
    assertThat(body.at("/to_address/zip").asText()).isEqualTo("94105");
    assertThat(body.at("/parcel/weight_oz").decimalValue()).isEqualByComparingTo("20.5");
    assertThat(body.get("reference").asText()).isEqualTo("r-1");
  }

  @Test
  void voidPrefersTheCarrierShipmentIdAndFallsBackToTheTrackingCode() {
    VoidRequest byId = new VoidRequest("v-1", "SBX1", "sbxshp_abc", null);
    VoidRequest byCode = new VoidRequest("v-1", "SBX1", null, null);

    assertThat(VoidCall.path(byId)).isEqualTo("/v1/shipments/sbxshp_abc/void");
    assertThat(VoidCall.path(byCode)).isEqualTo("/v1/shipments/SBX1/void");
  }

  @Test
  void refundStatusReadsTheShipmentTheVoidAddressed() {
    VoidRequest byId = new VoidRequest("v-1", "SBX1", "sbxshp_abc", null);

    assertThat(RefundStatusCall.path(byId)).isEqualTo("/v1/shipments/sbxshp_abc");
  }

  @Test
  void idsAreEncodedSoTheyCannotChangeThePath() {
    assertThat(TrackingCall.path("../_control/reset"))
        .isEqualTo("/v1/tracking/..%2F_control%2Freset");
  }
}
