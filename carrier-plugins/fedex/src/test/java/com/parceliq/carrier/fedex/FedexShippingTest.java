package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.domain.Money;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FedexShippingTest extends FedexWireMockTest {

  private static PurchaseRequest request(String service, LabelFormat format) {
    return new PurchaseRequest(
        "idem-shp-42",
        FedexFixtures.ALICE,
        FedexFixtures.BOB,
        FedexFixtures.PARCEL,
        service,
        "order-1001",
        format);
  }

  @Test
  void purchaseSendsTheDocumentedShipRequestWithTheIdempotencyKeyAsTransactionId() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(json(200, "shipping/ship-response-pdf.json")));

    plugin.purchase(request("ground", LabelFormat.PDF));

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexShipping.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("x-customer-transaction-id", equalTo("idem-shp-42"))
            .withRequestBody(equalToJson(FedexFixtures.text("shipping/ship-request-pdf.json"))));
  }

  @Test
  void purchaseReturnsTheDecodedLabelTrackingNumberAndTheAppliedAccountCharge() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(json(200, "shipping/ship-response-pdf.json")));

    PurchasedLabel label = plugin.purchase(request("ground", LabelFormat.PDF));

    assertThat(label.carrier()).isEqualTo("fedex");
    assertThat(label.service()).isEqualTo("ground");
    assertThat(label.trackingCode()).isEqualTo("794953535000");
    assertThat(label.carrierShipmentId()).isEqualTo("794953535000");
    // actualRateType PAYOR_ACCOUNT_PACKAGE: 11.9, not the list rate 13.41 listed first.
    assertThat(label.charged()).isEqualTo(Money.usd("11.90"));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.PDF);
    assertThat(new String(label.labelFile(), StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.4")
        .contains("FedEx test label");
  }

  @Test
  void zplLabelIsRequestedAsZpl2OnThermalStockAndUnratedChargeIsThePieceNetCharge() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(json(200, "shipping/ship-response-zpl-unrated.json")));

    PurchasedLabel label = plugin.purchase(request("ground", LabelFormat.ZPL));

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexShipping.PATH))
            .withRequestBody(
                matchingJsonPath(
                    "$.requestedShipment.labelSpecification.imageType", equalTo("ZPLII")))
            .withRequestBody(
                matchingJsonPath(
                    "$.requestedShipment.labelSpecification.labelStockType",
                    equalTo("STOCK_4X6"))));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.ZPL);
    assertThat(label.trackingCode()).isEqualTo("794953535011");
    assertThat(label.charged()).isEqualTo(Money.usd("11.90"));
    assertThat(new String(label.labelFile(), StandardCharsets.US_ASCII)).startsWith("^XA");
  }

  @Test
  void pngLabelIsRequestedAsPngOnPaperStockAndServiceTokenMapsToItsServiceType() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(json(200, "shipping/ship-response-pdf.json")));

    plugin.purchase(request("priority_overnight", LabelFormat.PNG));

    fedex.verify(
        postRequestedFor(urlEqualTo(FedexShipping.PATH))
            .withRequestBody(
                matchingJsonPath("$.requestedShipment.serviceType", equalTo("PRIORITY_OVERNIGHT")))
            .withRequestBody(
                matchingJsonPath(
                    "$.requestedShipment.labelSpecification.imageType", equalTo("PNG")))
            .withRequestBody(
                matchingJsonPath(
                    "$.requestedShipment.labelSpecification.labelStockType",
                    equalTo("PAPER_4X6"))));
  }

  @Test
  void unknownServiceIsRejectedWithoutCallingFedex() {
    CarrierException e =
        catchThrowableOfType(
            CarrierException.class,
            () -> plugin.purchase(request("ground_economy", LabelFormat.PDF)));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("service");
    fedex.verify(exactly(0), postRequestedFor(urlEqualTo(FedexShipping.PATH)));
  }

  @Test
  void validationErrorsAreRejectedWithTheFieldsFedexNames() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(json(400, "shipping/error-validation-400.json")));

    CarrierException e =
        catchThrowableOfType(
            CarrierException.class, () -> plugin.purchase(request("ground", LabelFormat.PDF)));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.getMessage())
        .contains("RECIPIENTCONTACT.PHONENUMBER.INVALID", "SHIPPER.POSTALSTATE.MISMATCH");
    assertThat(e.fieldErrors())
        .containsExactly(
            new FieldError(
                "requestedShipment.recipients[0].contact.phoneNumber",
                "Please provide a valid recipient phone number."),
            new FieldError(
                "requestedShipment.shipper.address.postalCode",
                "Shipper postal code and state or province code mismatch."),
            new FieldError(
                "requestedShipment.shipper.address.stateOrProvinceCode",
                "Shipper postal code and state or province code mismatch."));
  }

  @Test
  void shipAnswerWithoutALabelIsUnexpectedAndRetryable() {
    stub(
        post(urlEqualTo(FedexShipping.PATH))
            .willReturn(
                json(200, "shipping/ship-response-pdf.json")
                    .withBody("{\"output\":{\"transactionShipments\":[{}]}}")));

    CarrierException e =
        catchThrowableOfType(
            CarrierException.class, () -> plugin.purchase(request("ground", LabelFormat.PDF)));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("encoded label");
  }
}
