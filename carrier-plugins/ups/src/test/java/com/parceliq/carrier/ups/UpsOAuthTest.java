package com.parceliq.carrier.ups;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.parceliq.carrier.http.AccessToken;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.TrackingStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpsOAuthTest extends UpsWireMockTest {

  private static final String TRACK = "/api/track/v1/details/1ZA1B2C30312345678";

  @Test
  void theTokenRequestCarriesBasicCredentialsTheAccountNumberAndTheGrantType() {
    ups.stubFor(get(urlPathMatching(TRACK)).willReturn(json(200, tracked())));

    plugin.track("1ZA1B2C30312345678");

    ups.verify(
        postRequestedFor(urlEqualTo("/security/v1/oauth/token"))
            .withHeader("Authorization", equalTo(BASIC))
            .withHeader("x-merchant-id", equalTo(UpsFixtures.ACCOUNT_NUMBER))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo("grant_type=client_credentials")));
  }

  @Test
  void theTokenIsFetchedOnceAndReusedAcrossCalls() {
    ups.stubFor(authorized(get(urlPathMatching(TRACK))).willReturn(json(200, tracked())));

    plugin.track("1ZA1B2C30312345678");
    plugin.track("1ZA1B2C30312345678");
    plugin.track("1ZA1B2C30312345678");

    ups.verify(1, postRequestedFor(urlEqualTo(UpsOAuthToken.PATH)));
    ups.verify(3, authorized(getRequestedFor(urlPathMatching(TRACK))));
  }

  @Test
  void aRejectedTokenIsRefreshedOnceAndTheCallRetriedWithTheNewOne() {
    ups.stubFor(
        post(urlEqualTo(UpsOAuthToken.PATH))
            .inScenario("rotation")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, "oauth/token-response.json"))
            .willSetStateTo("refreshed"));
    ups.stubFor(
        post(urlEqualTo(UpsOAuthToken.PATH))
            .inScenario("rotation")
            .whenScenarioStateIs("refreshed")
            .willReturn(json(200, "oauth/token-response-refreshed.json")));
    ups.stubFor(
        get(urlPathMatching(TRACK))
            .withHeader("Authorization", equalTo("Bearer ups-token-1"))
            .willReturn(json(401, "errors/invalid-authentication.json")));
    ups.stubFor(
        get(urlPathMatching(TRACK))
            .withHeader("Authorization", equalTo("Bearer ups-token-2"))
            .willReturn(json(200, tracked())));

    assertThat(plugin.track("1ZA1B2C30312345678").status()).isEqualTo(TrackingStatus.DELIVERED);

    ups.verify(2, postRequestedFor(urlEqualTo(UpsOAuthToken.PATH)));
    ups.verify(2, getRequestedFor(urlPathMatching(TRACK)));
  }

  @Test
  void aSecond401IsAnAuthenticationFailureAfterExactlyOneRefresh() {
    ups.stubFor(
        get(urlPathMatching(TRACK)).willReturn(json(401, "errors/invalid-authentication.json")));

    assertThatThrownBy(() -> plugin.track("1ZA1B2C30312345678"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
              assertThat(e.getMessage()).contains("250002");
            });
    ups.verify(2, postRequestedFor(urlEqualTo(UpsOAuthToken.PATH)));
    ups.verify(2, getRequestedFor(urlPathMatching(TRACK)));
  }

  @Test
  void refusedClientCredentialsAreAnAuthenticationFailureThatNamesNoSecret() {
    ups.stubFor(
        post(urlEqualTo(UpsOAuthToken.PATH))
            .willReturn(json(401, "oauth/error-invalid-client.json")));

    assertThatThrownBy(() -> plugin.track("1ZA1B2C30312345678"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
              assertThat(e.getMessage())
                  .contains("10401")
                  .doesNotContain(UpsFixtures.CLIENT_SECRET)
                  .doesNotContain(BASIC.substring("Basic ".length()));
            });
    ups.verify(0, getRequestedFor(urlPathMatching(TRACK)));
  }

  @Test
  void anAccountWithoutItsSecretFailsAuthenticationWithoutCallingUps() {
    CarrierPlugin incomplete =
        new UpsCarrierPluginFactory()
            .create(
                UpsFixtures.settings(Map.of("base-url", ups.baseUrl())),
                new CarrierAccount(
                    "ca_ups_2",
                    false,
                    Map.of(UpsApi.CLIENT_ID, "id", UpsApi.ACCOUNT_NUMBER, "A1B2C3")));

    assertThatThrownBy(() -> incomplete.track("1ZA1B2C30312345678"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
              assertThat(e.fieldErrors())
                  .extracting("field")
                  .containsExactly("credentials.client_secret");
            });
    assertThat(ups.getAllServeEvents()).isEmpty();
  }

  @Test
  void aTestModeAccountCallsTheTestBaseUrlForTokenAndApi() {
    WireMockServer cie = new WireMockServer(options().dynamicPort());
    cie.start();
    try {
      cie.stubFor(
          post(urlEqualTo(UpsOAuthToken.PATH)).willReturn(json(200, "oauth/token-response.json")));
      cie.stubFor(authorized(get(urlPathMatching(TRACK))).willReturn(json(200, tracked())));
      CarrierPlugin testMode =
          new UpsCarrierPluginFactory()
              .create(
                  UpsFixtures.settings(
                      Map.of("base-url", ups.baseUrl(), "test-base-url", cie.baseUrl())),
                  UpsFixtures.account(true));

      testMode.track("1ZA1B2C30312345678");

      cie.verify(1, postRequestedFor(urlEqualTo(UpsOAuthToken.PATH)));
      cie.verify(1, getRequestedFor(urlPathMatching(TRACK)));
      assertThat(ups.getAllServeEvents()).isEmpty();
    } finally {
      cie.stop();
    }
  }

  @Test
  void withoutSettingsAccountsCallUpsRealHosts() {
    assertThat(UpsApi.connect(UpsFixtures.settings(Map.of()), UpsFixtures.account(false)).baseUrl())
        .isEqualTo("https://onlinetools.ups.com");
    assertThat(UpsApi.connect(UpsFixtures.settings(Map.of()), UpsFixtures.account(true)).baseUrl())
        .isEqualTo("https://wwwcie.ups.com");
  }

  @Test
  void theTokenExpiresWhenUpsSaysInSeconds() {
    Instant now = Instant.parse("2025-11-22T08:00:00Z");

    AccessToken token =
        UpsOAuthToken.parse(
            com.parceliq.carrier.http.CarrierJson.tryParse(
                UpsFixtures.bytes("oauth/token-response.json")),
            now);

    assertThat(token.value()).isEqualTo("ups-token-1");
    assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(14399));
    assertThat(token.toString()).doesNotContain("ups-token-1");
  }

  private static String tracked() {
    return "tracking/track-response-delivered.json";
  }
}
