package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.identity.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stack's dev OIDC issuer (PARCELIQ_IDENTITY_URL): asks its token endpoint for access tokens
 * with the stack's client secret, and reads its signing key from the stack's data directory for
 * tokens the endpoint would never issue (expired, another issuer).
 */
public final class IdentityProvider {

  private static final String CLIENT_ID = "parceliq-dev";
  private final URI issuer;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newHttpClient();

  private IdentityProvider(URI issuer, Path dataDir) {
    this.issuer = issuer;
    this.dataDir = dataDir;
  }

  public static IdentityProvider ofTestStack() {
    String url = System.getenv("PARCELIQ_IDENTITY_URL");
    return new IdentityProvider(
        URI.create(url == null || url.isBlank() ? "http://127.0.0.1:18091" : url.strip()),
        TestStack.config().dataDir());
  }

  /** The issuer URL, exactly as the tokens' {@code iss}. */
  public String issuer() {
    return issuer.toString();
  }

  /** An access token for the user {@code subject} of {@code tenantId} with these roles. */
  public String token(String subject, String tenantId, String roles) {
    return token(Map.of("subject", subject, "tenant_id", tenantId, "roles", roles));
  }

  /** An access token for any form parameters of the token endpoint beyond the grant. */
  public String token(Map<String, String> parameters) {
    Map<String, String> form = new LinkedHashMap<>(parameters);
    form.put("grant_type", "client_credentials");
    form.put("client_id", CLIENT_ID);
    form.put("client_secret", clientSecret());
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "token endpoint answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode answer = Json.parse(response.body());
      return answer.path("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The key the stack's issuer signs with (its JWKS publishes the public half). */
  public SigningKey signingKey() {
    try {
      return SigningKey.load(dataDir.resolve("identity").resolve(SigningKey.FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String clientSecret() {
    try {
      return Files.readString(dataDir.resolve("identity-client-secret")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the stack's identity client secret is missing", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
