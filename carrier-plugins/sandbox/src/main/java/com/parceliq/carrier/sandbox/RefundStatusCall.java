package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;

/**
 * Refund follow-up: {@code GET /v1/shipments/{id}} and its {@code refund_status}. A read, not a
 * second void: a void repeated with the same idempotency key would replay its first answer
 * (submitted) for ever.
 */
final class RefundStatusCall {

  private RefundStatusCall() {}

  static VoidResult call(SandboxClient client, VoidRequest request) {
    return parse(client.get(path(request)));
  }

  /** The same shipment the void addressed: carrier shipment id when known, else tracking code. */
  static String path(VoidRequest request) {
    String voidPath = VoidCall.path(request);
    return voidPath.substring(0, voidPath.length() - "/void".length());
  }

  static VoidResult parse(JsonNode answer) {
    String status = SandboxJson.text(answer, "refund_status");
    if (status == null) {
      throw SandboxJson.unexpected("the label was never voided, so it has no refund to follow");
    }
    return switch (status) {
      case "refunded" -> new VoidResult(VoidResult.Outcome.REFUNDED, "refund confirmed");
      case "submitted" -> new VoidResult(VoidResult.Outcome.REFUND_PENDING, "refund pending");
      case "rejected" -> new VoidResult(VoidResult.Outcome.REJECTED, "refund rejected");
      default -> throw SandboxJson.unexpected("unknown refund_status " + status);
    };
  }
}
