package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import java.util.Optional;

/** Reroute / intercept: {@code POST /v1/shipments/{tracking_code}/reroute}; refusals are 422. */
final class RerouteCall {

  private RerouteCall() {}

  static RerouteResult call(SandboxClient client, RerouteRequest request) {
    return parse(
        client.post(
            path(request), request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  static String path(RerouteRequest request) {
    return "/v1/shipments/" + SandboxClient.segment(request.trackingCode()) + "/reroute";
  }

  static ObjectNode request(RerouteRequest request) {
    ObjectNode body = SandboxJson.object();
    body.set("to_address", SandboxJson.address(request.newDestination()));
    if (request.reference() != null) {
      body.put("reference", request.reference());
    }
    return body;
  }

  static RerouteResult parse(JsonNode answer) {
    return new RerouteResult(
        SandboxJson.required(answer, "tracking_code"), SandboxJson.money(answer, "fee"));
  }
}
