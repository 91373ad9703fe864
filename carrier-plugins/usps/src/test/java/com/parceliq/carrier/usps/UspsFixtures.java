package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts, addresses, a fixed clock and the fixtures under {@code src/test/resources/fixtures}
 * (built from the USPS v3 OpenAPI specifications and the examples in USPS/api-examples). Test-mode
 * accounts are served under {@code /tem} and production accounts under {@code /prod} of one
 * WireMock server, so a call to the wrong host finds no stub.
 */
final class UspsFixtures {

  static final String CLIENT_ID = "parceliq-client";
  static final String CLIENT_SECRET = "s3cr3t-never-logged";
  static final String TOKEN_FORM =
      "grant_type=client_credentials&client_id=parceliq-client&client_secret=s3cr3t-never-logged";

  /** 2026-11-20 09:00 in Chicago: the mailing date of every fixture. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneId.of("America/Chicago"));

  static final Address ALICE =
      new Address(
          "Alice Smith",
          null,
          "1 Main St",
          null,
          "New York",
          "NY",
          "10001",
          "US",
          null,
          "alice@example.com");
  static final Address BOB =
      new Address(
          "Bob Jones",
          "Acme",
          "2 Market St",
          "Suite 5",
          "San Francisco",
          "CA",
          "94105-1804",
          "US",
          "+1 (415) 555-0100",
          null);

  /** 20.5 oz = 1.28125 lb, declared as 1.2813 lb. */
  static final Parcel PARCEL =
      new Parcel(
          new BigDecimal("20.5"),
          new BigDecimal("10"),
          new BigDecimal("8.00"),
          new BigDecimal("4"));

  private UspsFixtures() {}

  static Map<String, String> credentials() {
    Map<String, String> credentials = new HashMap<>();
    credentials.put(UspsCredentials.CLIENT_ID, CLIENT_ID);
    credentials.put(UspsCredentials.CLIENT_SECRET, CLIENT_SECRET);
    credentials.put(UspsCredentials.CRID, "56982563");
    credentials.put(UspsCredentials.MID, "902371234");
    credentials.put(UspsCredentials.MANIFEST_MID, "902371235");
    credentials.put(UspsCredentials.EPS_ACCOUNT_NUMBER, "1000123456");
    return credentials;
  }

  static CarrierAccount testAccount() {
    return new CarrierAccount("ca_usps_test", true, credentials());
  }

  static CarrierSettings settings(WireMockRuntimeInfo wm) {
    Map<String, String> values =
        Map.of(
            "base-url", wm.getHttpBaseUrl() + "/prod",
            "test-base-url", wm.getHttpBaseUrl() + "/tem",
            "request-timeout-ms", "5000");
    return key -> Optional.ofNullable(values.get(key));
  }

  static UspsCarrierPlugin plugin(WireMockRuntimeInfo wm, CarrierAccount account) {
    return new UspsCarrierPlugin(settings(wm), account, CLOCK);
  }

  static UspsCarrierPlugin testPlugin(WireMockRuntimeInfo wm) {
    return plugin(wm, testAccount());
  }

  /** The OAuth token endpoint of the test host answering token-1. */
  static void stubToken() {
    com.github.tomakehurst.wiremock.client.WireMock.stubFor(
        post(urlEqualTo("/tem" + UspsOAuthToken.PATH))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo(TOKEN_FORM))
            .willReturn(json("oauth/token-response.json")));
  }

  /** The payment authorization endpoint of the test host answering payment-1. */
  static void stubPayment() {
    com.github.tomakehurst.wiremock.client.WireMock.stubFor(
        post(urlEqualTo("/tem" + UspsPaymentAuthorization.PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withRequestBody(equalToJson(text("payment/request.json")))
            .willReturn(json("payment/response.json")));
  }

  static ResponseDefinitionBuilder json(String fixture) {
    return json(200, fixture);
  }

  static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(bytes(fixture));
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = UspsFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpAnswer answer(int status, String contentType, byte[] body, String... extraHeaders) {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("Content-Type", List.of(contentType));
    for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
      headers.put(extraHeaders[i], List.of(extraHeaders[i + 1]));
    }
    return new HttpAnswer(status, HttpHeaders.of(headers, (name, value) -> true), body);
  }
}
