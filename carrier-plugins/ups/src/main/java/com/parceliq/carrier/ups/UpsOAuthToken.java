package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.AccessToken;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.FormBody;
import com.parceliq.carrier.http.HttpAnswer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;

/**
 * The OAuth client-credentials token request: {@code POST /security/v1/oauth/token} with the
 * account's client id and secret as Basic credentials, its UPS account number in {@code
 * x-merchant-id}, and {@code grant_type=client_credentials}. UPS answers {@code access_token} and
 * {@code expires_in} (seconds, as a string; about four hours).
 */
final class UpsOAuthToken {

  static final String PATH = "/security/v1/oauth/token";

  private UpsOAuthToken() {}

  static AccessToken fetch(UpsApi api) {
    HttpAnswer answer = api.http().send(request(api));
    if (!answer.isSuccess()) {
      throw UpsErrors.from(answer);
    }
    return parse(CarrierJson.tryParse(answer.body()), Instant.now());
  }

  static HttpRequest.Builder request(UpsApi api) {
    return HttpRequest.newBuilder(URI.create(api.baseUrl() + PATH))
        .header(
            "Authorization",
            FormBody.basicAuthorization(
                api.credential(UpsApi.CLIENT_ID), api.credential(UpsApi.CLIENT_SECRET)))
        .header("x-merchant-id", api.accountNumber())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(FormBody.of(Map.of("grant_type", "client_credentials")));
  }

  static AccessToken parse(JsonNode answer, Instant now) {
    String token = UpsJson.required(answer, "access_token");
    long seconds;
    try {
      seconds = Long.parseLong(UpsJson.required(answer, "expires_in").strip());
    } catch (NumberFormatException e) {
      throw UpsJson.unexpected("token expires_in is not a number of seconds");
    }
    return new AccessToken(token, now.plusSeconds(seconds));
  }
}
