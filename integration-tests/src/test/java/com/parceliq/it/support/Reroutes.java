package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** {@code POST /v1/shipments/{id}/reroute} and what a reroute leaves on the shipment and ledger. */
public final class Reroutes {

  /** Where the reroute tests send parcels: a valid address other than the shipment's own. */
  public static ObjectNode oakland() {
    return ShipmentRequests.address("Dr. Steve Brule", "1 Broadway", "Oakland", "CA", "94607");
  }

  private Reroutes() {}

  public static ApiRequest request(Tenant tenant, String shipmentId, ObjectNode toAddress) {
    ObjectNode body = Json.object();
    body.set("to_address", toAddress);
    return tenant.post("/v1/shipments/" + shipmentId + "/reroute").json(body);
  }

  public static ApiResponse reroute(
      Tenant tenant, String shipmentId, ObjectNode toAddress, String idempotencyKey) {
    return request(tenant, shipmentId, toAddress).idempotencyKey(idempotencyKey).send();
  }

  /** The shipment's fees of type {@code reroute_fee}, summed. */
  public static BigDecimal rerouteFees(JsonNode shipment) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode fee : shipment.path("fees")) {
      if (fee.path("type").asText().equals("reroute_fee")) {
        total = total.add(Json.money(fee, "amount"));
      }
    }
    return total;
  }
}
