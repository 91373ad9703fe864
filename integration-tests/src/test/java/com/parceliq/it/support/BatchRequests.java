package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Batch calls and set-up of the batch integration tests. */
public final class BatchRequests {

  private BatchRequests() {}

  /** Creates {@code count} shipments, {@code threads} at a time; reference i names shipment i. */
  public static List<String> createShipments(Tenant tenant, List<String> references, int threads) {
    List<Callable<String>> creates = new ArrayList<>();
    for (String reference : references) {
      creates.add(() -> tenant.createShipment(reference).path("id").asText());
    }
    return Concurrently.run(threads, creates, Duration.ofMinutes(10));
  }

  public static ObjectNode body(List<String> shipmentIds) {
    ObjectNode body = Json.object();
    ArrayNode shipments = body.putArray("shipments");
    shipmentIds.forEach(shipments::add);
    return body;
  }

  public static ApiResponse create(Tenant tenant, List<String> shipmentIds) {
    return tenant.post("/v1/batches").json(body(shipmentIds)).send();
  }

  public static ApiResponse buy(Tenant tenant, String batchId) {
    return tenant.post("/v1/batches/" + batchId + "/buy").send();
  }

  public static JsonNode get(Tenant tenant, String batchId) {
    return tenant.get("/v1/batches/" + batchId).send().expect(200);
  }

  /** Waits until the batch has stopped purchasing and returns it. */
  public static JsonNode awaitPurchaseEnd(Tenant tenant, String batchId, Duration within) {
    return Eventually.await(
        "batch " + batchId + " to finish purchasing",
        within,
        () -> get(tenant, batchId),
        batch -> !batch.path("state").asText().equals("purchasing"));
  }

  public static long count(JsonNode batch, String status) {
    return batch.path("status").path(status).asLong();
  }
}
