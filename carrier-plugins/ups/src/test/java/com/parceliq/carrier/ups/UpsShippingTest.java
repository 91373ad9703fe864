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
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.domain.Money;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class UpsShippingTest extends UpsWireMockTest {

  private static PurchaseRequest request(LabelFormat format) {
    return new PurchaseRequest(
        "idem-7f3c2a",
        UpsFixtures.SHIPPER,
        UpsFixtures.RECEIVER,
        UpsFixtures.PARCEL,
        "ground",
        "order-1001",
        format);
  }

  @Test
  void aPngLabelIsBoughtWithTheIdempotencyKeyAsCustomerContext() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(200, "purchase/ship-response-png.json")));

    plugin.purchase(request(LabelFormat.PNG));

    ups.verify(
        authorized(postRequestedFor(urlEqualTo("/api/shipments/v2409/ship")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(UpsFixtures.text("purchase/ship-request-png.json"))));
  }

  @Test
  void aZplLabelIsAskedForOnFourBySixStock() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(200, "purchase/ship-response-zpl-published-rates.json")));

    plugin.purchase(request(LabelFormat.ZPL));

    ups.verify(
        postRequestedFor(urlEqualTo(UpsShipping.PATH))
            .withRequestBody(equalToJson(UpsFixtures.text("purchase/ship-request-zpl.json"))));
  }

  @Test
  void theLabelIsDecodedAndChargedAtTheNegotiatedTotal() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(200, "purchase/ship-response-png.json")));

    PurchasedLabel label = plugin.purchase(request(LabelFormat.PNG));

    assertThat(label.carrier()).isEqualTo("ups");
    assertThat(label.service()).isEqualTo("ground");
    assertThat(label.trackingCode()).isEqualTo("1ZA1B2C30312345678");
    assertThat(label.carrierShipmentId()).isEqualTo("1ZA1B2C30312345678");
    assertThat(label.charged()).isEqualTo(Money.usd("13.77"));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.PNG);
    assertThat(label.labelFile())
        .isEqualTo(HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452"));
  }

  @Test
  void withoutNegotiatedRatesTheLabelIsChargedAtThePublishedTotal() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(200, "purchase/ship-response-zpl-published-rates.json")));

    PurchasedLabel label = plugin.purchase(request(LabelFormat.ZPL));

    assertThat(label.charged()).isEqualTo(Money.usd("16.49"));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.ZPL);
    assertThat(new String(label.labelFile(), StandardCharsets.US_ASCII)).startsWith("^XA");
  }

  @Test
  void aPdfLabelIsRefusedWithoutCallingUps() {
    assertThatThrownBy(() -> plugin.purchase(request(LabelFormat.PDF)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNSUPPORTED));
    assertThat(ups.getAllServeEvents()).isEmpty();
  }

  @Test
  void anUnknownServiceIsRefusedWithoutCallingUps() {
    PurchaseRequest overnight =
        new PurchaseRequest(
            "idem-1",
            UpsFixtures.SHIPPER,
            UpsFixtures.RECEIVER,
            UpsFixtures.PARCEL,
            "overnight",
            null,
            LabelFormat.PNG);

    assertThatThrownBy(() -> plugin.purchase(overnight))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors()).extracting("field").containsExactly("service");
            });
    assertThat(ups.getAllServeEvents()).isEmpty();
  }

  @Test
  void anInvalidShipToStateNamesTheField() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(400, "errors/invalid-ship-to-state.json")));

    assertThatThrownBy(() -> plugin.purchase(request(LabelFormat.PNG)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors())
                  .containsExactly(
                      new FieldError(
                          "to_address.state", "Missing or invalid ship to StateProvinceCode"));
            });
  }

  @Test
  void aShipToAddressValidationErrorNamesTheDestination() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(400, "errors/ship-to-address-validation.json")));

    assertThatThrownBy(() -> plugin.purchase(request(LabelFormat.PNG)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactly(
                        new FieldError(
                            "to_address", "Address Validation Error on ShipTo address")));
  }

  @Test
  void aGeneralProcessFailureIsWorthAnotherTry() {
    ups.stubFor(
        post(urlEqualTo(UpsShipping.PATH))
            .willReturn(json(400, "errors/general-process-failure.json")));

    assertThatThrownBy(() -> plugin.purchase(request(LabelFormat.PNG)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE));
  }
}
