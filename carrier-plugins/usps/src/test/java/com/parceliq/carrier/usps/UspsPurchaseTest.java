package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.parceliq.carrier.usps.UspsFixtures.bytes;
import static com.parceliq.carrier.usps.UspsFixtures.json;
import static com.parceliq.carrier.usps.UspsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class UspsPurchaseTest {

  private static final String PATH = "/tem/labels/v3/label";

  private static PurchaseRequest request(LabelFormat format) {
    return new PurchaseRequest(
        "idem-123",
        UspsFixtures.ALICE,
        UspsFixtures.BOB,
        UspsFixtures.PARCEL,
        "ground_advantage",
        "order-1001",
        format);
  }

  private static ResponseDefinitionBuilder multipart(String fixture, String contentType) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", contentType)
        .withBody(bytes(fixture));
  }

  private static void stubLabel(
      String requestFixture, String payment, ResponseDefinitionBuilder answer) {
    stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("X-Payment-Authorization-Token", equalTo(payment))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(text(requestFixture)))
            .willReturn(answer));
  }

  @BeforeEach
  void tokens() {
    UspsFixtures.stubToken();
    UspsFixtures.stubPayment();
  }

  @Test
  void pdfLabelIsBoughtWithThePaymentTokenAndParsedFromTheMultipartAnswer(WireMockRuntimeInfo wm) {
    stubLabel(
        "purchase/request-pdf.json",
        "payment-1",
        multipart(
            "purchase/response-multipart.txt", "multipart/form-data; boundary=usps-boundary-7f3a"));

    PurchasedLabel label = UspsFixtures.testPlugin(wm).purchase(request(LabelFormat.PDF));

    assertThat(label.carrier()).isEqualTo("usps");
    assertThat(label.service()).isEqualTo("ground_advantage");
    assertThat(label.trackingCode()).isEqualTo("9205590109769900012613");
    assertThat(label.carrierShipmentId()).isEqualTo("9205590109769900012613");
    assertThat(label.charged()).isEqualTo(Money.usd("8.03"));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.PDF);
    assertThat(label.labelFile()).isEqualTo(bytes("purchase/label.pdf"));
  }

  @Test
  void zplLabelIsRequestedAt203DpiAndReadFromAnAnswerWithoutPartNames(WireMockRuntimeInfo wm) {
    // The older documented shape: no Content-Disposition, the boundary only in the body.
    stubLabel(
        "purchase/request-zpl.json",
        "payment-1",
        multipart("purchase/response-zpl-multipart.txt", "multipart/mixed"));

    PurchasedLabel label = UspsFixtures.testPlugin(wm).purchase(request(LabelFormat.ZPL));

    assertThat(label.trackingCode()).isEqualTo("9205590109769900012620");
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.ZPL);
    assertThat(label.labelFile()).isEqualTo(bytes("purchase/label.zpl"));
  }

  @Test
  void paymentTokenIsFetchedOnceForSeveralPurchases(WireMockRuntimeInfo wm) {
    stubLabel(
        "purchase/request-pdf.json",
        "payment-1",
        multipart(
            "purchase/response-multipart.txt", "multipart/form-data; boundary=usps-boundary-7f3a"));
    UspsCarrierPlugin plugin = UspsFixtures.testPlugin(wm);

    plugin.purchase(request(LabelFormat.PDF));
    plugin.purchase(request(LabelFormat.PDF));

    verify(1, postRequestedFor(urlEqualTo("/tem/payments/v3/payment-authorization")));
    verify(1, postRequestedFor(urlEqualTo("/tem/oauth2/v3/token")));
    verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void refusedPaymentTokenIsRenewedOnceAndTheLabelBought(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo("/tem/payments/v3/payment-authorization"))
            .inScenario("payment")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(json("payment/response.json"))
            .willSetStateTo("renewed"));
    stubFor(
        post(urlEqualTo("/tem/payments/v3/payment-authorization"))
            .inScenario("payment")
            .whenScenarioStateIs("renewed")
            .willReturn(json("payment/response-2.json")));
    stubLabel("purchase/request-pdf.json", "payment-1", json(403, "errors/403-payment-token.json"));
    stubLabel(
        "purchase/request-pdf.json",
        "payment-2",
        multipart(
            "purchase/response-multipart.txt", "multipart/form-data; boundary=usps-boundary-7f3a"));

    PurchasedLabel label = UspsFixtures.testPlugin(wm).purchase(request(LabelFormat.PDF));

    assertThat(label.trackingCode()).isEqualTo("9205590109769900012613");
    verify(2, postRequestedFor(urlEqualTo("/tem/payments/v3/payment-authorization")));
    verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void refusedLabelIsRejectedWithTheFieldsUspsNamed(WireMockRuntimeInfo wm) {
    stubLabel("purchase/request-pdf.json", "payment-1", json(400, "purchase/error-fields.json"));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).purchase(request(LabelFormat.PDF)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.retryable()).isFalse();
              assertThat(e.fieldErrors())
                  .containsExactly(
                      new FieldError(
                          "toAddress.ZIPCode",
                          "The ZIP Code 94105 is not valid for the city and state given."),
                      new FieldError(
                          "packageDescription.weight",
                          "The package weight must not exceed 70 pounds."));
            });
  }

  @Test
  void refusedPaymentAccountIsRejectedBeforeAnyLabelCall(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo("/tem/payments/v3/payment-authorization"))
            .willReturn(json(400, "payment/error-account.json")));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).purchase(request(LabelFormat.PDF)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors())
                  .extracting(FieldError::field)
                  .containsExactly("roles[0].accountNumber");
            });
    verify(0, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void unknownServiceIsRejectedWithoutCallingUsps(WireMockRuntimeInfo wm) {
    PurchaseRequest unknown =
        new PurchaseRequest(
            "idem-1",
            UspsFixtures.ALICE,
            UspsFixtures.BOB,
            UspsFixtures.PARCEL,
            "overnight",
            null,
            LabelFormat.PDF);

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).purchase(unknown))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("service"));
    verify(0, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void longIdempotencyKeyTravelsAsAStableThirtyCharacterDigest() {
    String key = "tenant-42:shipment-0001:purchase:client-key-123";

    String reference = UspsPurchase.reference(key);

    assertThat(reference).hasSize(30).startsWith("k-").isEqualTo(UspsPurchase.reference(key));
    assertThat(UspsPurchase.reference("idem-123")).isEqualTo("idem-123");
  }

  @Test
  void labelFormatsMapToUspsImageTypes() {
    assertThat(UspsPurchase.imageType(LabelFormat.PDF)).isEqualTo("PDF");
    assertThat(UspsPurchase.imageType(LabelFormat.ZPL)).isEqualTo("ZPL203DPI");
    assertThat(UspsPurchase.imageType(LabelFormat.PNG)).isEqualTo("PNG");
  }
}
