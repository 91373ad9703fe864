package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.AccessToken;
import com.parceliq.carrier.http.CarrierHttp;
import com.parceliq.carrier.http.FormBody;
import com.parceliq.carrier.http.HttpAnswer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account's OAuth token: {@code POST /oauth/token} with the client-credentials grant, the
 * project's API key and secret key as form fields (FedEx takes no Basic header here). FedEx answers
 * {@code access_token} and {@code expires_in} (3599 seconds); a refused credential is a 401 {@code
 * NOT.AUTHORIZED.ERROR}, mapped by {@link FedexErrors} to AUTHENTICATION_FAILED.
 */
final class FedexOAuth {

  static final String PATH = "/oauth/token";

  private FedexOAuth() {}

  static AccessToken fetch(
      CarrierHttp http, String baseUrl, String clientId, String clientSecret, Clock clock) {
    return parse(http.send(request(baseUrl, clientId, clientSecret)), clock.instant());
  }

  static HttpRequest.Builder request(String baseUrl, String clientId, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return HttpRequest.newBuilder(URI.create(baseUrl + PATH))
        .POST(FormBody.of(form))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json");
  }

  static AccessToken parse(HttpAnswer answer, Instant now) {
    if (!answer.isSuccess()) {
      throw FedexErrors.from(answer);
    }
    JsonNode token = FedexJson.parse(answer.body());
    String value = FedexJson.text(token, "access_token");
    if (value == null || !token.path("expires_in").canConvertToLong()) {
      throw FedexErrors.unexpected("token answer without access_token or expires_in");
    }
    return new AccessToken(value, now.plus(Duration.ofSeconds(token.get("expires_in").asLong())));
  }
}
