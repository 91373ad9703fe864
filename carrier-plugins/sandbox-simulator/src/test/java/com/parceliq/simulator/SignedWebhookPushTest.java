package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A simulator given a webhook secret signs every push over its exact bytes. */
class SignedWebhookPushTest {

  private static final String SECRET = "whsec_test_only";

  @Test
  void pushesCarryAnHmacOfTheTimestampAndTheRawBody() throws Exception {
    BlockingQueue<Received> pushes = new LinkedBlockingQueue<>();
    HttpServer receiver = receiver(pushes);
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    try (SimulatorServer simulator =
        SimulatorServer.start(
            SimulatorConfig.defaults().withPort(0).withWebhookUrl(url).withWebhookSecret(SECRET))) {
      new SimulatorClient(simulator.baseUri())
          .post("/v1/shipments", Shipments.purchase("ground", "sbx:deliver=30"));

      Received push = pushes.poll(10, TimeUnit.SECONDS);

      assertThat(push).isNotNull();
      assertThat(push.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
      String timestamp = push.signature().replaceAll("t=(\\d+),.*", "$1");
      String v1 = push.signature().replaceAll(".*v1=", "");
      assertThat(v1).isEqualTo(hmac(timestamp, push.body()));
      assertThat(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000))
          .isLessThan(60);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void withoutASecretPushesGoUnsigned() throws Exception {
    BlockingQueue<Received> pushes = new LinkedBlockingQueue<>();
    HttpServer receiver = receiver(pushes);
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    try (SimulatorServer simulator =
        SimulatorServer.start(SimulatorConfig.defaults().withPort(0).withWebhookUrl(url))) {
      new SimulatorClient(simulator.baseUri())
          .post("/v1/shipments", Shipments.purchase("ground", "sbx:deliver=30"));

      Received push = pushes.poll(10, TimeUnit.SECONDS);

      assertThat(push).isNotNull();
      assertThat(push.signature()).isNull();
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void theSecretComesFromTheCommandLineOrTheEnvironment() {
    assertThat(
            CommandLine.parse(new String[] {"--webhook-secret", "s1"}, java.util.Map.of())
                .webhookSecret())
        .contains("s1");
    assertThat(
            CommandLine.parse(new String[0], java.util.Map.of("SIMULATOR_WEBHOOK_SECRET", "s2"))
                .webhookSecret())
        .contains("s2");
  }

  private static String hmac(String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private record Received(String signature, byte[] body) {}

  private static HttpServer receiver(BlockingQueue<Received> pushes) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hooks",
        exchange -> {
          try (exchange) {
            pushes.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("X-Sandbox-Signature"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
    return server;
  }
}
