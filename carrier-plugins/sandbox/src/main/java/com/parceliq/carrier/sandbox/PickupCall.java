package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRequest;
import java.util.List;
import java.util.Optional;

/** Pickups: {@code POST /v1/pickups}; the confirmation is what the driver is told. */
final class PickupCall {

  static final String PATH = "/v1/pickups";

  private PickupCall() {}

  static PickupConfirmation call(SandboxClient client, PickupRequest request) {
    return parse(
        client.post(PATH, request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  static ObjectNode request(PickupRequest request) {
    ObjectNode body = SandboxJson.object();
    body.set("address", SandboxJson.address(request.address()));
    body.put("window_start", request.windowStart());
    body.put("window_end", request.windowEnd());
    ArrayNode codes = body.putArray("tracking_codes");
    (request.trackingCodes() == null ? List.<String>of() : request.trackingCodes())
        .forEach(codes::add);
    if (request.instructions() != null) {
      body.put("instructions", request.instructions());
    }
    if (request.service() != null) {
      body.put("service", request.service());
    }
    return body;
  }

  static PickupConfirmation parse(JsonNode answer) {
    return new PickupConfirmation(
        SandboxJson.required(answer, "confirmation"), SandboxJson.money(answer, "fee"));
  }
}
