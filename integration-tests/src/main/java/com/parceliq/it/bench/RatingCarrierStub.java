package com.parceliq.it.bench;

import com.parceliq.it.support.CarrierFixtures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * UPS, FedEx and USPS as the rating benchmark needs them: their OAuth token and rating endpoints
 * answering with the adapters' own fixtures (built from the carriers' published examples), each
 * rating answer after a fixed delay, as a carrier that takes that long. Listens where the test
 * stack points test-mode accounts ({@code PARCELIQ_CARRIER_STUB_PORT}).
 */
final class RatingCarrierStub implements AutoCloseable {

  /** USPS prices one mail class per call; each answer is that class's fixture. */
  private static final Map<String, String> USPS_ANSWERS =
      Map.of(
          "USPS_GROUND_ADVANTAGE", "rating/response-ground_advantage.json",
          "PRIORITY_MAIL", "rating/response-priority.json",
          "PRIORITY_MAIL_EXPRESS", "rating/response-priority_express.json");

  private final HttpServer server;

  private RatingCarrierStub(HttpServer server) {
    this.server = server;
  }

  static RatingCarrierStub start(int port, Duration ratingDelay) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    answer(
        server, "/ups/security/v1/oauth/token", Duration.ZERO, "ups", "oauth/token-response.json");
    answer(server, "/ups/api/rating/v2409/Shop", ratingDelay, "ups", "rating/shop-response.json");
    answer(server, "/fedex/oauth/token", Duration.ZERO, "fedex", "oauth/token-response.json");
    answer(
        server, "/fedex/rate/v1/rates/quotes", ratingDelay, "fedex", "rating/rate-response.json");
    answer(server, "/usps/oauth2/v3/token", Duration.ZERO, "usps", "oauth/token-response.json");
    server.createContext(
        "/usps/prices/v3/base-rates/search",
        exchange -> {
          String request =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String answer =
              USPS_ANSWERS.entrySet().stream()
                  .filter(entry -> request.contains("\"" + entry.getKey() + "\""))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElseThrow();
          reply(exchange, ratingDelay, CarrierFixtures.read("usps", answer));
        });
    server.start();
    return new RatingCarrierStub(server);
  }

  private static void answer(
      HttpServer server, String path, Duration delay, String carrier, String fixture) {
    byte[] body = CarrierFixtures.read(carrier, fixture);
    server.createContext(
        path,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          reply(exchange, delay, body);
        });
  }

  private static void reply(HttpExchange exchange, Duration delay, byte[] body) throws IOException {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
