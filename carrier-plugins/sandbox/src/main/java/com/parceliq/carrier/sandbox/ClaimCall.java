package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.CarrierClaim;
import com.parceliq.carrier.spi.ClaimRequest;
import java.util.Optional;

/**
 * Claims: {@code POST /v1/claims} files one (the simulator decides it later as the description's
 * {@code sbx:claim_*} triggers say) and {@code GET /v1/claims/{id}} reads where it stands.
 */
final class ClaimCall {

  static final String PATH = "/v1/claims";

  private ClaimCall() {}

  static CarrierClaim file(SandboxClient client, ClaimRequest request) {
    return parse(
        client.post(PATH, request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  static CarrierClaim status(SandboxClient client, String carrierClaimId) {
    return parse(client.get(PATH + "/" + SandboxClient.segment(carrierClaimId)));
  }

  static ObjectNode request(ClaimRequest request) {
    ObjectNode body = SandboxJson.object();
    body.put("tracking_code", request.trackingCode());
    body.put("type", request.type());
    body.put("amount", request.amount().toDecimalString());
    body.put("currency", request.amount().currency());
    body.put("description", request.description());
    return body;
  }

  static CarrierClaim parse(JsonNode answer) {
    String id = SandboxJson.required(answer, "id");
    String status = SandboxJson.required(answer, "status");
    String reason = SandboxJson.text(answer, "reason");
    return switch (status) {
      case "pending" -> new CarrierClaim(id, CarrierClaim.Status.PENDING, null, null);
      case "approved" ->
          new CarrierClaim(
              id,
              CarrierClaim.Status.APPROVED,
              SandboxJson.money(answer, "approved_amount"),
              reason);
      case "denied" -> new CarrierClaim(id, CarrierClaim.Status.DENIED, null, reason);
      default -> throw SandboxJson.unexpected("unknown claim status " + status);
    };
  }
}
