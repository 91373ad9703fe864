package com.parceliq.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Sentinel event endpoint on a JDK HTTP server: it records every event posted to /v1/events. Its
 * port is reserved up front so the sink can be pointed at it while it is still down.
 */
final class SentinelStub implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private HttpServer server;

  SentinelStub() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/v1/events",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            boolean accepted = "POST".equals(exchange.getRequestMethod());
            if (accepted) {
              JSON.readTree(body).path("events").forEach(received::add);
            }
            exchange.sendResponseHeaders(accepted ? 202 : 405, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
