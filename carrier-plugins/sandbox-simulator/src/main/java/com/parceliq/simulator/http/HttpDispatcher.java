package com.parceliq.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The single JDK {@link HttpHandler}: reads the request, applies the outage gate, routes, and
 * always answers in the simulator's JSON shapes (never a stack trace).
 */
public final class HttpDispatcher implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(HttpDispatcher.class.getName());
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final Router router;
  private final OutageGate outageGate;

  public HttpDispatcher(Router router, OutageGate outageGate) {
    this.router = router;
    this.outageGate = outageGate;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      write(exchange, respond(exchange));
    } catch (IOException e) {
      // The client gave up (for example a timed-out purchase); nothing is left to answer.
      LOG.log(System.Logger.Level.DEBUG, "client went away: {0}", e.getMessage());
    }
  }

  private ApiResponse respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    try {
      byte[] body = readBody(exchange.getRequestBody());
      OptionalLong outage = outageGate.secondsLeft(path);
      if (outage.isPresent()) {
        return ErrorBody.response(ApiException.unavailable("carrier outage in progress"))
            .withHeader("Retry-After", Long.toString(Math.max(1, outage.getAsLong())));
      }
      Router.Match match = router.route(method, path);
      ApiRequest request =
          new ApiRequest(
              method,
              path,
              match.pathParams(),
              query(exchange.getRequestURI().getRawQuery()),
              headers(exchange),
              body);
      return match.handler().handle(request);
    } catch (ApiException e) {
      return ErrorBody.response(e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + method + " " + path, e);
      return ErrorBody.response(
          new ApiException(500, "internal_error", "unexpected simulator failure", List.of()));
    }
  }

  private static byte[] readBody(InputStream in) throws IOException, ApiException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ApiException(413, "payload_too_large", "body exceeds 1 MiB", List.of());
    }
    return body;
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.getFirst());
              }
            });
    return headers;
  }

  private static Map<String, String> query(String rawQuery) throws ApiException {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.putIfAbsent(decode(name), decode(value));
    }
    return query;
  }

  private static String decode(String value) throws ApiException {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed query string: " + e.getMessage());
    }
  }

  private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
