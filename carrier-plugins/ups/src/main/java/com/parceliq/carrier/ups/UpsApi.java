package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.CarrierEndpoints;
import com.parceliq.carrier.http.CarrierHttp;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.OAuthTokens;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One tenant account's connection to UPS: the base URL for its mode (production or the Customer
 * Integration Environment), the HTTP client, and its OAuth token, fetched once and reused until it
 * expires or UPS answers 401. Every non-2xx answer leaves here through {@link UpsErrors}.
 */
final class UpsApi {

  static final String CLIENT_ID = "client_id";
  static final String CLIENT_SECRET = "client_secret";
  static final String ACCOUNT_NUMBER = "account_number";

  static final String PRODUCTION_URL = "https://onlinetools.ups.com";
  static final String TEST_URL = "https://wwwcie.ups.com";

  private final String baseUrl;
  private final CarrierHttp http;
  private final CarrierAccount account;
  private final String transactionSource;
  private final OAuthTokens tokens;

  private UpsApi(
      String baseUrl, CarrierHttp http, CarrierAccount account, String transactionSource) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.account = account;
    this.transactionSource = transactionSource;
    this.tokens = new OAuthTokens(() -> UpsOAuthToken.fetch(this));
  }

  static UpsApi connect(CarrierSettings settings, CarrierAccount account) {
    return new UpsApi(
        CarrierEndpoints.baseUrl(settings, account, PRODUCTION_URL, TEST_URL),
        CarrierEndpoints.http(
            UpsCarrierPlugin.CODE, settings, UpsCarrierPlugin.DESCRIPTOR.limits().callTimeout()),
        account,
        settings.get("transaction-source").orElse("parceliq"));
  }

  /** A credential of the account; its absence is AUTHENTICATION_FAILED, sent nowhere. */
  String credential(String name) {
    return account.requireCredential(UpsCarrierPlugin.CODE, name);
  }

  String accountNumber() {
    return credential(ACCOUNT_NUMBER);
  }

  String baseUrl() {
    return baseUrl;
  }

  CarrierHttp http() {
    return http;
  }

  JsonNode post(String path, JsonNode body) {
    byte[] json = CarrierJson.write(body);
    return send(
        path,
        request ->
            request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
  }

  JsonNode get(String path) {
    return send(path, HttpRequest.Builder::GET);
  }

  /** The raw answer, whatever its status, for a capability that reads some errors as results. */
  HttpAnswer deleteAnswer(String path) {
    return exchange(path, HttpRequest.Builder::DELETE);
  }

  /** One path segment, percent-encoded, so an id can never break out of its place in the URL. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(String path, UnaryOperator<HttpRequest.Builder> withMethod) {
    return json(exchange(path, withMethod));
  }

  /** A 2xx answer's JSON; any other answer as the {@link CarrierException} it means. */
  static JsonNode json(HttpAnswer answer) {
    if (!answer.isSuccess()) {
      throw UpsErrors.from(answer);
    }
    JsonNode tree = CarrierJson.tryParse(answer.body());
    if (tree.isMissingNode()) {
      throw UpsJson.unexpected("a " + answer.status() + " answer that is not JSON");
    }
    return tree;
  }

  private HttpAnswer exchange(String path, UnaryOperator<HttpRequest.Builder> withMethod) {
    // transId is unique per request (UPS: "an identifier unique to the request", 32 characters).
    String transId = UUID.randomUUID().toString().replace("-", "");
    return http.sendAuthorized(
        tokens,
        token ->
            withMethod.apply(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("transId", transId)
                    .header("transactionSrc", transactionSource)));
  }
}
