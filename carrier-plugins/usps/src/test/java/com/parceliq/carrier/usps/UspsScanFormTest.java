package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class UspsScanFormTest {

  private static final String PATH = "/tem/scan-forms/v3/scan-form";
  private static final ManifestRequest REQUEST =
      new ManifestRequest(
          "manifest-1",
          UspsFixtures.ALICE,
          List.of("9205590109769900012613", "9205590109769900012620"));

  @BeforeEach
  void token() {
    UspsFixtures.stubToken();
  }

  private static void stubScanForm(ResponseDefinitionBuilder answer) {
    stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(text("manifest/request.json")))
            .willReturn(answer));
  }

  @Test
  void labelShipmentScanFormIsCreatedAndItsPdfReturned(WireMockRuntimeInfo wm) {
    stubScanForm(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "multipart/form-data; boundary=9oxGwpVpWyl-C7mImcElxzrQ")
            .withBody(bytes("manifest/response-multipart.txt")));

    Manifest manifest = UspsFixtures.testPlugin(wm).createManifest(REQUEST);

    assertThat(manifest.manifestId()).isEqualTo("9475709899581000141577");
    assertThat(manifest.format()).isEqualTo(LabelFormat.PDF);
    assertThat(manifest.document()).isEqualTo(bytes("manifest/scan-form.pdf"));
  }

  @Test
  void refusedTrackingNumberIsRejectedNamingIt(WireMockRuntimeInfo wm) {
    stubScanForm(json(400, "manifest/error-tracking-numbers.json"));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).createManifest(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
              assertThat(e.fieldErrors())
                  .extracting(FieldError::field)
                  .containsExactly("shipment.trackingNumbers[1]");
            });
  }
}
