package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierHttp;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.http.OAuthTokens;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * One account's way into FedEx's JSON APIs: every call carries the account's bearer token (fetched
 * once, refreshed on 401), {@code X-locale: en_US} so messages are English, and, when given, the
 * {@code x-customer-transaction-id} FedEx echoes back as {@code customerTransactionId}. A non-2xx
 * answer leaves as the {@link FedexErrors} mapping of its body.
 */
final class FedexApi {

  static final String CUSTOMER_TRANSACTION_ID = "x-customer-transaction-id";

  private final CarrierHttp http;
  private final OAuthTokens tokens;
  private final String baseUrl;
  private final String accountNumber;

  FedexApi(CarrierHttp http, OAuthTokens tokens, String baseUrl, String accountNumber) {
    this.http = http;
    this.tokens = tokens;
    this.baseUrl = baseUrl;
    this.accountNumber = accountNumber;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The {@code accountNumber} object every FedEx request body starts with. */
  ObjectNode accountNumber() {
    ObjectNode account = CarrierJson.object();
    account.put("value", accountNumber);
    return account;
  }

  JsonNode post(String path, ObjectNode body, String customerTransactionId) {
    return send("POST", path, body, customerTransactionId);
  }

  JsonNode put(String path, ObjectNode body, String customerTransactionId) {
    return send("PUT", path, body, customerTransactionId);
  }

  private JsonNode send(String method, String path, ObjectNode body, String transactionId) {
    byte[] json = CarrierJson.write(body);
    HttpAnswer answer =
        http.sendAuthorized(
            tokens,
            token -> {
              HttpRequest.Builder request =
                  HttpRequest.newBuilder(URI.create(baseUrl + path))
                      .method(method, HttpRequest.BodyPublishers.ofByteArray(json))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json")
                      .header("X-locale", "en_US");
              if (transactionId != null && !transactionId.isBlank()) {
                request.header(CUSTOMER_TRANSACTION_ID, transactionId);
              }
              return request;
            });
    if (!answer.isSuccess()) {
      throw FedexErrors.from(answer);
    }
    JsonNode tree = FedexJson.parse(answer.body());
    if (!tree.isObject()) {
      throw FedexErrors.unexpected(
          method + " " + path + " answered " + answer.status() + " without JSON");
    }
    return tree;
  }
}
