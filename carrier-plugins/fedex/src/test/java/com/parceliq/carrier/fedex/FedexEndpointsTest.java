package com.parceliq.carrier.fedex;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.parceliq.carrier.spi.RateRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FedexEndpointsTest extends FedexWireMockTest {

  @Test
  void testModeAccountCallsTheTestBaseUrl() {
    WireMockServer sandbox = new WireMockServer(options().dynamicPort());
    sandbox.start();
    try {
      sandbox.stubFor(
          post(urlEqualTo(FedexOAuth.PATH)).willReturn(json(200, "oauth/token-response.json")));
      sandbox.stubFor(
          post(urlEqualTo(FedexRating.PATH)).willReturn(json(200, "rating/rate-response.json")));
      var testPlugin =
          new FedexCarrierPluginFactory()
              .create(
                  FedexFixtures.settings(
                      Map.of("base-url", fedex.baseUrl(), "test-base-url", sandbox.baseUrl())),
                  FedexFixtures.account(true));

      testPlugin.rate(
          new RateRequest(FedexFixtures.ALICE, FedexFixtures.BOB, FedexFixtures.PARCEL, null));

      sandbox.verify(exactly(1), postRequestedFor(urlEqualTo(FedexOAuth.PATH)));
      sandbox.verify(exactly(1), postRequestedFor(urlEqualTo(FedexRating.PATH)));
      fedex.verify(exactly(0), anyRequestedFor(anyUrl()));
    } finally {
      sandbox.stop();
    }
  }

  @Test
  void hostsDefaultToFedexProductionAndSandbox() {
    var factory = new FedexCarrierPluginFactory();
    var noSettings = FedexFixtures.settings(Map.of());

    var production = (FedexCarrierPlugin) factory.create(noSettings, FedexFixtures.account(false));
    var test = (FedexCarrierPlugin) factory.create(noSettings, FedexFixtures.account(true));

    assertThat(production.baseUrl()).isEqualTo("https://apis.fedex.com");
    assertThat(test.baseUrl()).isEqualTo("https://apis-sandbox.fedex.com");
  }

  @Test
  void baseUrlSettingMayEndWithASlash() {
    var plugin =
        (FedexCarrierPlugin)
            new FedexCarrierPluginFactory()
                .create(
                    FedexFixtures.settings(Map.of("base-url", "https://fedex.example/")),
                    FedexFixtures.account(false));

    assertThat(plugin.baseUrl()).isEqualTo("https://fedex.example");
  }
}
