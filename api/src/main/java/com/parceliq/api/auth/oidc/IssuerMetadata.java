package com.parceliq.api.auth.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The issuer's OpenID discovery document ({@code <issuer>/.well-known/openid-configuration}), of
 * which the API needs the JWKS location. The document must name the configured issuer: a discovery
 * URL that answers for another issuer is refused.
 */
record IssuerMetadata(String issuer, String jwksUri) {

  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

  static IssuerMetadata fetch(String issuer, Duration timeout, ObjectMapper mapper)
      throws IOException, InterruptedException {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + DISCOVERY_PATH))
                .timeout(timeout)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("discovery answered HTTP " + response.statusCode());
    }
    JsonNode document = mapper.readTree(response.body());
    String named = document.path("issuer").asText("");
    String jwksUri = document.path("jwks_uri").asText("");
    if (!named.equals(issuer)) {
      throw new IOException("discovery names issuer '" + named + "', expected '" + issuer + "'");
    }
    if (jwksUri.isBlank()) {
      throw new IOException("discovery names no jwks_uri");
    }
    return new IssuerMetadata(named, jwksUri);
  }
}
