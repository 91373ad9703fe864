package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.parceliq.carrier.usps.UspsFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WireMockTest
class UspsOAuthTest {

  private static final String TRACK =
      "/tem/tracking/v3/tracking/9205590109769900012613?expand=DETAIL";

  @Test
  void tokenIsFetchedOnceAndReusedAcrossCalls(WireMockRuntimeInfo wm) {
    UspsFixtures.stubToken();
    stubFor(
        get(urlEqualTo(TRACK))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(json("tracking/response-detail.json")));
    UspsCarrierPlugin plugin = UspsFixtures.testPlugin(wm);

    plugin.track("9205590109769900012613");
    plugin.track("9205590109769900012613");

    verify(1, postRequestedFor(urlEqualTo("/tem/oauth2/v3/token")));
    verify(2, getRequestedFor(urlEqualTo(TRACK)));
  }

  @Test
  void unauthorizedAnswerRefreshesTheTokenOnceAndRetries(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo("/tem/oauth2/v3/token"))
            .inScenario("rotation")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json("oauth/token-response.json"))
            .willSetStateTo("rotated"));
    stubFor(
        post(urlEqualTo("/tem/oauth2/v3/token"))
            .inScenario("rotation")
            .whenScenarioStateIs("rotated")
            .willReturn(json("oauth/token-response-2.json")));
    stubFor(
        get(urlEqualTo(TRACK))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(json(401, "errors/401.json")));
    stubFor(
        get(urlEqualTo(TRACK))
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .willReturn(json("tracking/response-detail.json")));

    var info = UspsFixtures.testPlugin(wm).track("9205590109769900012613");

    assertThat(info.trackingCode()).isEqualTo("9205590109769900012613");
    verify(2, postRequestedFor(urlEqualTo("/tem/oauth2/v3/token")));
    verify(2, getRequestedFor(urlEqualTo(TRACK)));
  }

  @Test
  void secondUnauthorizedAnswerIsAnAuthenticationFailure(WireMockRuntimeInfo wm) {
    UspsFixtures.stubToken();
    stubFor(get(urlEqualTo(TRACK)).willReturn(json(401, "errors/401.json")));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).track("9205590109769900012613"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED));
    verify(2, getRequestedFor(urlEqualTo(TRACK)));
  }

  @Test
  void refusedClientCredentialsAreAnAuthenticationFailureWithoutTheSecret(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo("/tem/oauth2/v3/token"))
            .willReturn(json(400, "oauth/invalid-client.json")));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).track("9205590109769900012613"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
              assertThat(e.getMessage())
                  .contains("invalid_client")
                  .doesNotContain(UspsFixtures.CLIENT_SECRET);
            });
  }

  @Test
  void testModeAccountCallsTheTestHost(WireMockRuntimeInfo wm) {
    UspsFixtures.stubToken();
    stubFor(get(urlEqualTo(TRACK)).willReturn(json("tracking/response-detail.json")));

    UspsFixtures.testPlugin(wm).track("9205590109769900012613");

    verify(getRequestedFor(urlEqualTo(TRACK)));
  }

  @Test
  void productionAccountCallsTheProductionHost(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo("/prod/oauth2/v3/token"))
            .withRequestBody(equalTo(UspsFixtures.TOKEN_FORM))
            .willReturn(json("oauth/token-response.json")));
    String track = "/prod/tracking/v3/tracking/9205590109769900012613?expand=DETAIL";
    stubFor(get(urlEqualTo(track)).willReturn(json("tracking/response-detail.json")));
    CarrierAccount production =
        new CarrierAccount("ca_usps_live", false, UspsFixtures.credentials());

    UspsFixtures.plugin(wm, production).track("9205590109769900012613");

    verify(getRequestedFor(urlEqualTo(track)));
  }

  @Test
  void defaultHostsAreTheRealUspsHosts() {
    assertThat(UspsClient.PRODUCTION_URL).isEqualTo("https://apis.usps.com");
    assertThat(UspsClient.TEST_URL).isEqualTo("https://apis-tem.usps.com");
  }

  @Test
  void missingCredentialIsAnAuthenticationFailureBeforeAnyCall(WireMockRuntimeInfo wm) {
    CarrierAccount incomplete =
        new CarrierAccount("ca_usps_test", true, Map.of(UspsCredentials.CLIENT_ID, "id"));

    assertThatThrownBy(() -> UspsFixtures.plugin(wm, incomplete).track("9205590109769900012613"))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
              assertThat(e.fieldErrors())
                  .containsExactly(new FieldError("credentials.client_secret", "is required"));
            });
    verify(0, postRequestedFor(urlEqualTo("/tem/oauth2/v3/token")));
  }

  @Test
  void pluginToStringShowsNoSecret(WireMockRuntimeInfo wm) {
    assertThat(UspsFixtures.testPlugin(wm).toString())
        .contains("ca_usps_test")
        .doesNotContain(UspsFixtures.CLIENT_SECRET)
        .doesNotContain("1000123456");
  }
}
