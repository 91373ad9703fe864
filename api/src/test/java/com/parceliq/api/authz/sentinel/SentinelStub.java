package com.parceliq.api.authz.sentinel;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on the loopback playing Sentinel's {@code POST /v1/authorize}: answers with
 * the status and body it is given, or never answers (until closed) when told to hang.
 */
final class SentinelStub implements AutoCloseable {

  private final HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicReference<String> lastRequest = new AtomicReference<>();
  private volatile int status = 200;
  private volatile String body = "{}";
  private volatile boolean hang;

  SentinelStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/v1/authorize",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            lastRequest.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          if (hang) {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  SentinelStub answers(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  SentinelStub hangs() {
    this.hang = true;
    return this;
  }

  String lastRequest() {
    return lastRequest.get();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
