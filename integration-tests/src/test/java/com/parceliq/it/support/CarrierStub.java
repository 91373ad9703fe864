package com.parceliq.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;

/**
 * The real carriers' test environments, played by WireMock on the port the launcher points
 * test-mode UPS, FedEx and USPS accounts at ({@code PARCELIQ_CARRIER_STUB_PORT}, see
 * dev-services/lib/testing.sh). It answers with the adapters' own fixtures, which are built from
 * the carriers' published examples, so the workers run the real adapter end to end.
 */
public final class CarrierStub implements AutoCloseable {

  private final WireMockServer server;

  private CarrierStub(WireMockServer server) {
    this.server = server;
  }

  public static CarrierStub start() {
    String port = System.getenv().getOrDefault("PARCELIQ_CARRIER_STUB_PORT", "18095");
    WireMockServer server =
        new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.parseInt(port)));
    server.start();
    return new CarrierStub(server);
  }

  public WireMockServer wireMock() {
    return server;
  }

  /** UPS answers the OAuth token request and Rating Shop with its documented examples. */
  public void upsQuotes() {
    server.stubFor(
        post(urlPathEqualTo("/ups/security/v1/oauth/token"))
            .willReturn(json(200, fixture("ups", "oauth/token-response.json"))));
    server.stubFor(
        post(urlPathEqualTo("/ups/api/rating/v2409/Shop"))
            .willReturn(json(200, fixture("ups", "rating/shop-response.json"))));
  }

  /** UPS is down: every rating call answers 503. */
  public void upsDown() {
    server.stubFor(
        post(urlPathEqualTo("/ups/security/v1/oauth/token"))
            .willReturn(json(200, fixture("ups", "oauth/token-response.json"))));
    server.stubFor(
        post(urlPathEqualTo("/ups/api/rating/v2409/Shop"))
            .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
  }

  public void reset() {
    server.resetAll();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String fixture(String carrier, String path) {
    return new String(CarrierFixtures.read(carrier, path), StandardCharsets.UTF_8);
  }
}
