package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.parceliq.carrier.spi.CarrierPlugin;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock UPS on a dynamic port, a token endpoint answering "ups-token-1", and a plugin. */
abstract class UpsWireMockTest {

  static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (UpsFixtures.CLIENT_ID + ":" + UpsFixtures.CLIENT_SECRET)
                      .getBytes(StandardCharsets.UTF_8));
  static final String BEARER = "Bearer ups-token-1";

  WireMockServer ups;
  CarrierPlugin plugin;

  @BeforeEach
  void startUps() {
    ups = new WireMockServer(options().dynamicPort());
    ups.start();
    ups.stubFor(
        post(urlEqualTo(UpsOAuthToken.PATH)).willReturn(json(200, "oauth/token-response.json")));
    plugin =
        new UpsCarrierPluginFactory()
            .create(
                UpsFixtures.settings(
                    Map.of("base-url", ups.baseUrl(), "request-timeout-ms", "3000")),
                UpsFixtures.account(false));
  }

  @AfterEach
  void stopUps() {
    ups.stop();
  }

  static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(UpsFixtures.text(fixture));
  }

  /** The headers every UPS API call carries, on top of the stub's method and URL. */
  static MappingBuilder authorized(MappingBuilder stub) {
    return stub.withHeader("Authorization", equalTo(BEARER))
        .withHeader("transId", matching("[0-9a-f]{32}"))
        .withHeader("transactionSrc", equalTo("parceliq"))
        .withHeader("Accept", equalTo("application/json"));
  }

  static RequestPatternBuilder authorized(RequestPatternBuilder request) {
    return request
        .withHeader("Authorization", equalTo(BEARER))
        .withHeader("transId", matching("[0-9a-f]{32}"))
        .withHeader("transactionSrc", equalTo("parceliq"))
        .withHeader("Accept", equalTo("application/json"));
  }
}
