package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.parceliq.carrier.spi.CarrierPlugin;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock FedEx (production base URL) that hands out {@code token-1}, and a plugin on it. */
abstract class FedexWireMockTest {

  protected WireMockServer fedex;
  protected CarrierPlugin plugin;

  @BeforeEach
  void startFedex() {
    fedex = new WireMockServer(options().dynamicPort());
    fedex.start();
    fedex.stubFor(
        post(urlEqualTo(FedexOAuth.PATH)).willReturn(json(200, "oauth/token-response.json")));
    plugin =
        new FedexCarrierPluginFactory()
            .create(
                FedexFixtures.settings(Map.of("base-url", fedex.baseUrl())),
                FedexFixtures.account(false));
  }

  @AfterEach
  void stopFedex() {
    fedex.stop();
  }

  static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(FedexFixtures.text(fixture));
  }

  void stub(MappingBuilder mapping) {
    fedex.stubFor(mapping);
  }
}
