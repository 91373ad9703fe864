package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.CarrierEndpoints;
import com.parceliq.carrier.http.CarrierHttp;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.OAuthTokens;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * One account's way to USPS: the base URL for its environment, the OAuth token and the payment
 * authorization token (each fetched once and shared by the plugin instance, i.e. per account), and
 * the clock that dates mailings. Each capability file builds its own requests on top.
 */
final class UspsClient {

  static final String PRODUCTION_URL = "https://apis.usps.com";
  static final String TEST_URL = "https://apis-tem.usps.com";

  private final CarrierHttp http;
  private final String baseUrl;
  private final Clock clock;
  private final OAuthTokens oauth;
  private final OAuthTokens payment;

  UspsClient(CarrierSettings settings, CarrierAccount account, Clock clock) {
    this.http =
        CarrierEndpoints.http(
            UspsCarrierPlugin.CODE, settings, UspsCarrierPluginFactory.LIMITS.callTimeout());
    this.baseUrl = CarrierEndpoints.baseUrl(settings, account, PRODUCTION_URL, TEST_URL);
    this.clock = clock;
    this.oauth =
        new OAuthTokens(
            () ->
                UspsOAuthToken.parse(
                    http.send(
                        UspsOAuthToken.request(
                            baseUrl,
                            UspsCredentials.require(account, UspsCredentials.CLIENT_ID),
                            UspsCredentials.require(account, UspsCredentials.CLIENT_SECRET))),
                    clock),
            clock);
    this.payment =
        new OAuthTokens(
            () -> {
              var body = UspsPaymentAuthorization.body(account);
              return UspsPaymentAuthorization.parse(
                  http.sendAuthorized(
                      oauth, bearer -> UspsPaymentAuthorization.request(baseUrl, body, bearer)),
                  clock);
            },
            clock);
  }

  /** The mailing date USPS prices and manifests by: today in the clock's zone (US Central). */
  String today() {
    return LocalDate.now(clock).toString();
  }

  HttpAnswer postJson(String path, JsonNode body) {
    byte[] json = CarrierJson.write(body);
    return http.sendAuthorized(oauth, bearer -> jsonPost(path, json, bearer));
  }

  HttpAnswer get(String pathAndQuery) {
    return http.sendAuthorized(
        oauth,
        bearer ->
            HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .GET());
  }

  /**
   * A call that spends money: sent with the payment authorization token as well. A 403 means USPS
   * refused that token (expired or revoked): it is dropped and the call sent once more with a fresh
   * one; nothing was bought by the refused call.
   */
  HttpAnswer sendWithPayment(BiFunction<String, String, HttpRequest.Builder> build) {
    String paymentToken = payment.value();
    HttpAnswer answer = http.sendAuthorized(oauth, bearer -> build.apply(bearer, paymentToken));
    if (answer.status() != 403) {
      return answer;
    }
    payment.rejected(paymentToken);
    String fresh = payment.value();
    return http.sendAuthorized(oauth, bearer -> build.apply(bearer, fresh));
  }

  HttpRequest.Builder jsonPost(String path, byte[] json, String bearer) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json));
  }

  HttpRequest.Builder builder(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path));
  }

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
