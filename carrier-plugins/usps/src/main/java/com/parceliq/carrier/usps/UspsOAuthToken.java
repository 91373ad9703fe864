package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.AccessToken;
import com.parceliq.carrier.http.FormBody;
import com.parceliq.carrier.http.HttpAnswer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OAuth 2.0 client-credentials token: {@code POST /oauth2/v3/token} with {@code grant_type},
 * {@code client_id} and {@code client_secret} form-encoded. USPS answers {@code access_token} and
 * {@code expires_in} (seconds, sent as a string or a number).
 */
final class UspsOAuthToken {

  static final String PATH = "/oauth2/v3/token";

  private UspsOAuthToken() {}

  static HttpRequest.Builder request(String baseUrl, String clientId, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return HttpRequest.newBuilder(URI.create(baseUrl + PATH))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(FormBody.of(form));
  }

  static AccessToken parse(HttpAnswer answer, Clock clock) {
    if (!answer.isSuccess()) {
      throw UspsErrors.from("oauth token", answer);
    }
    JsonNode body = UspsJson.parse(answer.body());
    String token = UspsJson.required(body, "access_token");
    long expiresIn;
    try {
      expiresIn = Long.parseLong(UspsJson.required(body, "expires_in").strip());
    } catch (NumberFormatException e) {
      throw UspsJson.unexpected("oauth expires_in is not a number of seconds");
    }
    return new AccessToken(token, clock.instant().plusSeconds(expiresIn));
  }
}
