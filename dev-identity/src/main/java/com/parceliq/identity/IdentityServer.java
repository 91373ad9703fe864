package com.parceliq.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The dev OIDC issuer over HTTP: discovery, JWKS, the token endpoint, and a health check. Serves on
 * loopback only unless told otherwise; it signs whatever tenant and roles a client with the stack's
 * credentials asks for, so it is a development and test tool, never an identity provider.
 */
public final class IdentityServer {

  private static final int MAX_FORM_BYTES = 8192;

  private final HttpServer server;
  private final String issuer;
  private final SigningKey key;
  private final ClientCredentials client;

  private IdentityServer(
      HttpServer server, String issuer, SigningKey key, ClientCredentials client) {
    this.server = server;
    this.issuer = issuer;
    this.key = key;
    this.client = client;
  }

  public static IdentityServer start(
      InetSocketAddress address, String issuer, SigningKey key, ClientCredentials client)
      throws IOException {
    HttpServer http = HttpServer.create(address, 0);
    IdentityServer server = new IdentityServer(http, issuer, key, client);
    http.createContext("/.well-known/openid-configuration", server::discovery);
    http.createContext("/jwks", server::jwks);
    http.createContext("/token", server::token);
    http.createContext("/health", exchange -> send(exchange, 200, "{\"status\":\"UP\"}"));
    http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    http.start();
    return server;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void stop() {
    server.stop(0);
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("jwks_uri", issuer + "/jwks");
    document.put("token_endpoint", issuer + "/token");
    document.put("grant_types_supported", List.of("client_credentials"));
    document.put("response_types_supported", List.of("token"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post"));
    send(exchange, 200, Json.object(document));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    send(exchange, 200, Json.object(Map.of("keys", List.of(key.publicJwk()))));
  }

  private void token(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      send(exchange, 405, oauthError("invalid_request", "POST a form to the token endpoint"));
      return;
    }
    Map<String, String> form = form(exchange.getRequestBody());
    Optional<String> clientId =
        client.authenticate(exchange.getRequestHeaders().getFirst("Authorization"), form);
    if (clientId.isEmpty()) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"parceliq-dev\"");
      send(exchange, 401, oauthError("invalid_client", "unknown client or wrong secret"));
      return;
    }
    try {
      TokenRequest request = TokenRequest.parse(form);
      String token =
          JwtSigner.rs256(
              request.claims(issuer, clientId.get(), Instant.now()), key.privateKey(), key.keyId());
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("access_token", token);
      answer.put("token_type", "Bearer");
      answer.put("expires_in", request.lifetimeSeconds());
      send(exchange, 200, Json.object(answer));
    } catch (TokenRequest.Refused refused) {
      send(exchange, 400, oauthError(refused.error(), refused.getMessage()));
    }
  }

  private static String oauthError(String error, String description) {
    return Json.object(Map.of("error", error, "error_description", description));
  }

  private static Map<String, String> form(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_FORM_BYTES);
    Map<String, String> form = new HashMap<>();
    for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      form.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
