package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.domain.Address;
import org.junit.jupiter.api.Test;

class UpsAddressValidationTest extends UpsWireMockTest {

  private static final String PATH = "/api/addressvalidation/v2/1";

  @Test
  void anAddressIsSentForStreetLevelValidationWithOneCandidate() {
    ups.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(json(200, "address-validation/xav-response-valid.json")));

    plugin.validateAddress(UpsFixtures.RECEIVER);

    ups.verify(
        authorized(
                postRequestedFor(
                    urlEqualTo(
                        PATH + "?regionalrequestindicator=False&maximumcandidatelistsize=1")))
            .withRequestBody(equalToJson(UpsFixtures.text("address-validation/xav-request.json"))));
  }

  @Test
  void aValidAddressComesBackInUpsNormalizedFormWithZipPlusFour() {
    ups.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(json(200, "address-validation/xav-response-valid.json")));

    AddressValidation result = plugin.validateAddress(UpsFixtures.RECEIVER);

    assertThat(result.verified()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.address())
        .isEqualTo(
            new Address(
                "Bob Receiver",
                null,
                "26601 ALISO CREEK RD STE D",
                null,
                "ALISO VIEJO",
                "CA",
                "92656-4301",
                "US",
                "949-555-0199",
                "bob@example.com"));
  }

  @Test
  void anAmbiguousAddressIsNotVerified() {
    ups.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(json(200, "address-validation/xav-response-ambiguous.json")));

    AddressValidation result = plugin.validateAddress(UpsFixtures.RECEIVER);

    assertThat(result.verified()).isFalse();
    assertThat(result.address()).isEqualTo(UpsFixtures.RECEIVER);
    assertThat(result.errors()).extracting(FieldError::field).containsExactly("street1");
  }

  @Test
  void anAddressWithoutCandidatesIsNotVerified() {
    ups.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(json(200, "address-validation/xav-response-no-candidates.json")));

    AddressValidation result = plugin.validateAddress(UpsFixtures.RECEIVER);

    assertThat(result.verified()).isFalse();
    assertThat(result.errors())
        .containsExactly(new FieldError("street1", "ups found no matching address"));
  }

  @Test
  void anAddressOutsideTheUsAndPuertoRicoIsUnsupportedWithoutCallingUps() {
    Address toronto =
        new Address(
            "Carol", null, "34 Queen St", null, "Toronto", "ON", "M5C2M6", "CA", null, null);

    assertThatThrownBy(() -> plugin.validateAddress(toronto))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNSUPPORTED));
    assertThat(ups.getAllServeEvents()).isEmpty();
  }

  @Test
  void anAddressValidationRateLimitIsRetryable() {
    ups.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(json(429, "errors/rate-limit-exceeded.json")));

    assertThatThrownBy(() -> plugin.validateAddress(UpsFixtures.RECEIVER))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.RATE_LIMITED));
  }
}
