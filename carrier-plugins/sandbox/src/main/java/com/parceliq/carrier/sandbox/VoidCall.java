package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import java.util.Optional;

/**
 * Void: {@code POST /v1/shipments/{id}/void}. The carrier answers a refund status rather than an
 * error when it refuses, so a refusal is a {@link VoidResult.Outcome#REJECTED} value. Voiding again
 * is safe and reports the refund's current state, which is how a pending refund is followed up.
 */
final class VoidCall {

  private VoidCall() {}

  static VoidResult call(SandboxClient client, VoidRequest request) {
    return parse(
        client.post(
            path(request), request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  /** By carrier shipment id when known, else by tracking code; the simulator takes either. */
  static String path(VoidRequest request) {
    String id =
        request.carrierShipmentId() != null && !request.carrierShipmentId().isBlank()
            ? request.carrierShipmentId()
            : request.trackingCode();
    return "/v1/shipments/" + SandboxClient.segment(id) + "/void";
  }

  static ObjectNode request(VoidRequest request) {
    ObjectNode body = SandboxJson.object();
    if (request.reference() != null) {
      body.put("reference", request.reference());
    }
    return body;
  }

  static VoidResult parse(JsonNode answer) {
    String status = SandboxJson.required(answer, "refund_status");
    String message = SandboxJson.text(answer, "message");
    VoidResult.Outcome outcome =
        switch (status) {
          case "refunded" -> VoidResult.Outcome.REFUNDED;
          case "submitted" -> VoidResult.Outcome.REFUND_PENDING;
          case "rejected" -> VoidResult.Outcome.REJECTED;
          default -> throw SandboxJson.unexpected("unknown refund_status " + status);
        };
    return new VoidResult(outcome, message == null ? status : message);
  }
}
