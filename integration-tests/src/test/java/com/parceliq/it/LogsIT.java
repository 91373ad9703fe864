package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Events;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.JsonLogLines;
import com.parceliq.it.support.Rates;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WebhookReceiver;
import com.parceliq.it.support.WebhookReceiver.Delivery;
import com.parceliq.it.support.Webhooks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A merchant's correlation id follows its requests: on the API's and the workers' JSON log lines
 * (with the other context fields), on the events the requests caused, and on their webhooks. The
 * shipment is created under another id than it is bought under: a buy is an update of the workflow
 * the creation started, and must carry its own request's id.
 */
class LogsIT {

  private static final String SECRET = "whsec_it_0123456789abcdef";

  /** Log lines reach the file as they are written; only keeps a broken stack from hanging. */
  private static final Duration LOG_WAIT = Duration.ofSeconds(30);

  @Test
  void aChosenCorrelationIdIsOnLogLinesOfBothAppsOnTheEventsAndOnTheWebhooks() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    String createdUnder = Unique.key("corr-create");
    String correlationId = Unique.key("corr");
    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      Webhooks.register(tenant, receiver, SECRET);

      String shipmentId = purchaseWith(tenant, createdUnder, correlationId);

      assertThat(
              Events.awaitOne(tenant, shipmentId, "shipment.created")
                  .path("correlation_id")
                  .asText())
          .isEqualTo(createdUnder);
      JsonNode purchased = Events.awaitOne(tenant, shipmentId, "shipment.purchased");
      assertThat(purchased.path("correlation_id").asText()).isEqualTo(correlationId);
      String eventId = purchased.path("id").asText();
      Webhooks.awaitDelivered(receiver, List.of(eventId));
      assertThat(receiver.accepted())
          .filteredOn(delivery -> delivery.eventId().equals(eventId))
          .extracting(Delivery::correlationId)
          .containsOnly(correlationId);
    }

    JsonNode apiLine = awaitLine("api", correlationId);
    assertThat(apiLine.path("service").asText()).isEqualTo("parceliq-api");
    JsonNode apiMdc = apiLine.path("mdc");
    assertThat(apiMdc.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(apiMdc.path("principal_id").asText()).isEqualTo(tenant.apiKeyId());
    assertThat(apiMdc.path("request_id").asText()).startsWith("req_");
    assertThat(apiMdc.path("route").asText()).isEqualTo("POST /v1/shipments/{id}/buy");
    assertThat(apiMdc.path("action").asText()).isEqualTo("purchase_label");
    assertThat(apiMdc.path("resource").asText()).startsWith("shipment:shp_");
    assertThat(apiMdc.path("traceId").asText()).hasSize(32);

    JsonNode workerLine = awaitLine("workers", correlationId);
    assertThat(workerLine.path("service").asText()).isEqualTo("parceliq-workers");
    JsonNode workerMdc = workerLine.path("mdc");
    assertThat(workerMdc.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(workerMdc.path("workflow_id").asText()).isNotBlank();
    assertThat(workerMdc.path("run_id").asText()).isNotBlank();
    assertThat(workerMdc.path("traceId").asText()).hasSize(32);
  }

  /** Creates and rates a shipment under {@code createdUnder}, buys it under {@code boughtUnder}. */
  private static String purchaseWith(Tenant tenant, String createdUnder, String boughtUnder) {
    String shipmentId =
        tenant
            .post("/v1/shipments")
            .header("X-Correlation-Id", createdUnder)
            .json(ShipmentRequests.domestic(null))
            .send()
            .expect(201)
            .path("id")
            .asText();
    JsonNode rates =
        tenant
            .post("/v1/shipments/" + shipmentId + "/rates")
            .header("X-Correlation-Id", createdUnder)
            .send()
            .expect(200)
            .path("rates");
    tenant
        .buyRequest(shipmentId, Rates.cheapest(rates).path("id").asText(), Unique.key("buy"))
        .header("X-Correlation-Id", boughtUnder)
        .send()
        .expect(200);
    return shipmentId;
  }

  /** A line of {@code service}'s buy request (api) or of its work (workers) with the id. */
  private static JsonNode awaitLine(String service, String correlationId) {
    List<JsonNode> lines =
        Eventually.await(
            service + " log lines with correlation_id " + correlationId,
            LOG_WAIT,
            () -> JsonLogLines.withMdc(service, "correlation_id", correlationId),
            found -> found.stream().anyMatch(line -> isOfTheBuy(service, line)));
    return lines.stream().filter(line -> isOfTheBuy(service, line)).findFirst().orElseThrow();
  }

  private static boolean isOfTheBuy(String service, JsonNode line) {
    JsonNode mdc = line.path("mdc");
    return service.equals("api")
        ? mdc.path("route").asText().endsWith("/buy")
        : line.path("message").asText().contains("shipment.purchased");
  }
}
