package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Uses the real clock: the delivered push is scheduled in real time. */
class WebhookPushTest {

  @Test
  void deliverPushesInTransitThenDeliveredToTheWebhook() throws Exception {
    BlockingQueue<JsonNode> pushes = new LinkedBlockingQueue<>();
    HttpServer receiver = receiver(pushes);
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    try (SimulatorServer simulator =
        SimulatorServer.start(SimulatorConfig.defaults().withPort(0).withWebhookUrl(url))) {
      SimulatorClient client = new SimulatorClient(simulator.baseUri());
      String code =
          client
              .post("/v1/shipments", Shipments.purchase("ground", "sbx:deliver=1"))
              .json()
              .get("tracking_code")
              .asText();

      JsonNode first = pushes.poll(10, TimeUnit.SECONDS);
      JsonNode second = pushes.poll(10, TimeUnit.SECONDS);

      assertThat(first.get("event").asText()).isEqualTo("tracking.updated");
      assertThat(first.at("/tracking/tracking_code").asText()).isEqualTo(code);
      assertThat(first.at("/tracking/status").asText()).isEqualTo("in_transit");
      assertThat(second.at("/tracking/status").asText()).isEqualTo("delivered");
      assertThat(client.get("/v1/tracking/" + code).json().get("status").asText())
          .isEqualTo("delivered");
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void anUnreachableWebhookNeverBreaksThePurchase() throws IOException {
    URI nowhere = URI.create("http://127.0.0.1:9/hooks");
    try (SimulatorServer simulator =
        SimulatorServer.start(SimulatorConfig.defaults().withPort(0).withWebhookUrl(nowhere))) {
      SimulatorClient client = new SimulatorClient(simulator.baseUri());

      SimulatorClient.Answer answer =
          client.post("/v1/shipments", Shipments.purchase("ground", "sbx:deliver=0"));

      assertThat(answer.status()).isEqualTo(201);
      assertThat(client.get("/health").status()).isEqualTo(200);
    }
  }

  private static HttpServer receiver(BlockingQueue<JsonNode> pushes) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hooks",
        exchange -> {
          try (exchange) {
            pushes.add(mapper.readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
    return server;
  }
}
