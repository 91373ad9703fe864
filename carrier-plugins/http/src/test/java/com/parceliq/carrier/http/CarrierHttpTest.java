package com.parceliq.carrier.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CarrierHttpTest {

  private WireMockServer carrier;
  private final CarrierHttp http =
      new CarrierHttp("acme", Duration.ofSeconds(2), Duration.ofSeconds(30));

  @BeforeEach
  void start() {
    carrier = new WireMockServer(options().dynamicPort());
    carrier.start();
  }

  @AfterEach
  void stop() {
    carrier.stop();
  }

  @Test
  void aTokenTheCarrierRefusesIsReplacedAndTheCallSentAgain() {
    carrier.stubFor(
        get("/rates")
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(aResponse().withStatus(401)));
    carrier.stubFor(
        get("/rates")
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .willReturn(aResponse().withStatus(200).withBody("{}")));
    AtomicInteger fetches = new AtomicInteger();
    OAuthTokens tokens =
        new OAuthTokens(
            () ->
                new AccessToken(
                    "token-" + fetches.incrementAndGet(), Instant.now().plusSeconds(3600)));

    HttpAnswer answer =
        http.sendAuthorized(
            tokens, token -> request("/rates").header("Authorization", "Bearer " + token));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(fetches).hasValue(2);
    carrier.verify(2, getRequestedFor(urlEqualTo("/rates")));
  }

  @Test
  void anAnswerThatNeverComesIsATimeout() {
    carrier.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(5000)));
    CarrierHttp impatient = new CarrierHttp("acme", Duration.ofSeconds(2), Duration.ofMillis(300));

    assertThatThrownBy(() -> impatient.send(request("/slow")))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.TIMEOUT));
  }

  @Test
  void aCarrierThatIsNotListeningIsUnavailable() {
    int port = carrier.port();
    carrier.stop();

    assertThatThrownBy(
            () -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x"))))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE));
  }

  @Test
  void requestTimeoutIsTimeoutButConnectFailuresAreUnavailable() {
    assertThat(CarrierHttp.noAnswer("acme", new HttpTimeoutException("request timed out")).kind())
        .isEqualTo(CarrierErrorKind.TIMEOUT);
    assertThat(CarrierHttp.noAnswer("acme", new HttpConnectTimeoutException("connect")).kind())
        .isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(CarrierHttp.noAnswer("acme", new ConnectException()).kind())
        .isEqualTo(CarrierErrorKind.UNAVAILABLE);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(carrier.baseUrl() + path));
  }
}
