package com.parceliq.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A merchant's webhook endpoint on loopback, verifying every delivery as docs/webhooks.md tells
 * receivers to: the signature over timestamp + "." + raw body with the endpoint's secret, and a
 * timestamp at most 5 minutes old. It can fail the first deliveries with 500, hold requests without
 * answering (a hung endpoint), and be stopped and started again on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** One request as received: whether it verified, when it arrived, its X-Correlation-Id. */
  public record Delivery(
      String eventId,
      byte[] body,
      boolean signatureValid,
      boolean timestampFresh,
      Instant at,
      String correlationId) {
    public boolean verified() {
      return signatureValid && timestampFresh;
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private volatile int port;
  private volatile String secret;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile CountDownLatch hold;
  private final ConcurrentLinkedQueue<Delivery> received = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Delivery> accepted = new ConcurrentLinkedQueue<>();
  private volatile HttpServer server;

  private WebhookReceiver(String secret) {
    this.secret = secret;
  }

  /** A receiver on a free loopback port, answering 204 to verified deliveries. */
  public static WebhookReceiver start(String secret) {
    WebhookReceiver receiver = new WebhookReceiver(secret);
    receiver.listen(0);
    return receiver;
  }

  private void listen(int onPort) {
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 512);
      created.createContext("/", this::handle);
      created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      created.start();
      server = created;
      port = created.getAddress().getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + onPort, e);
    }
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port + "/hooks/parceliq";
  }

  /** The secret to verify with (a generated one is known only after registration). */
  public void secret(String secret) {
    this.secret = secret;
  }

  /** The next {@code count} deliveries are answered 500 (after being recorded). */
  public void failNext(int count) {
    failuresLeft.set(count);
  }

  /** From now on requests are held unanswered until {@link #release}. */
  public void hang() {
    hold = new CountDownLatch(1);
  }

  public void release() {
    CountDownLatch current = hold;
    hold = null;
    if (current != null) {
      current.countDown();
    }
  }

  /** Down: the port refuses connections until {@link #restart}. */
  public void stop() {
    server.stop(0);
  }

  /** Up again on the same port. */
  public void restart() {
    listen(port);
  }

  /** Every request, as it arrived (before it was answered). */
  public List<Delivery> received() {
    return List.copyOf(received);
  }

  /** The requests answered 2xx: the deliveries ParcelIQ counts as delivered. */
  public List<Delivery> accepted() {
    return List.copyOf(accepted);
  }

  /** The most requests it ever held at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  public int inFlight() {
    return inFlight.get();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Instant at = Instant.now();
      String eventId = exchange.getRequestHeaders().getFirst("X-ParcelIQ-Event-Id");
      String timestamp = exchange.getRequestHeaders().getFirst("X-ParcelIQ-Timestamp");
      String signature = exchange.getRequestHeaders().getFirst("X-ParcelIQ-Signature");
      boolean fresh = isFresh(timestamp, at);
      boolean valid = timestamp != null && matches(signature, sign(secret, timestamp, body));
      String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
      Delivery delivery = new Delivery(eventId, body, valid, fresh, at, correlationId);
      received.add(delivery);
      CountDownLatch held = hold;
      if (held != null) {
        held.await(10, TimeUnit.MINUTES);
      }
      int status;
      if (!valid || !fresh) {
        status = 400;
      } else if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
        status = 500;
      } else {
        status = 204;
      }
      byte[] answer = (status == 204 ? "" : "{\"refused\":" + status + "}").getBytes();
      if (status == 204) {
        accepted.add(delivery);
      }
      exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
      if (status != 204) {
        exchange.getResponseBody().write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static boolean isFresh(String timestamp, Instant now) {
    try {
      Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
      return !signedAt.isBefore(now.minus(TOLERANCE)) && !signedAt.isAfter(now.plus(TOLERANCE));
    } catch (NumberFormatException | NullPointerException e) {
      return false;
    }
  }

  /** Constant-time comparison, as a receiver should. */
  private static boolean matches(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code v1=} hex HMAC-SHA256(secret, timestamp + "." + raw body). */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
