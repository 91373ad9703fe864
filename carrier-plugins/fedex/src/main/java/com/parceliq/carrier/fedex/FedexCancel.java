package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;

/**
 * Void: {@code PUT /ship/v1/shipments/cancel} by tracking number, every package of the shipment.
 * FedEx bills a shipment only once it is tendered, so a cancelled shipment costs nothing: {@code
 * cancelledShipment: true} is REFUNDED at once. {@code false} (FedEx kept the shipment, e.g. it is
 * already in its network) is REJECTED with FedEx's alert or message. Error answers (an unknown or
 * already cancelled tracking number) leave as {@link FedexErrors} exceptions.
 */
final class FedexCancel {

  static final String PATH = "/ship/v1/shipments/cancel";

  private FedexCancel() {}

  static VoidResult call(FedexApi api, VoidRequest request) {
    return parse(api.put(PATH, request(api.accountNumber(), request), request.idempotencyKey()));
  }

  static ObjectNode request(ObjectNode accountNumber, VoidRequest request) {
    String trackingNumber =
        request.trackingCode() != null && !request.trackingCode().isBlank()
            ? request.trackingCode()
            : request.carrierShipmentId();
    ObjectNode body = CarrierJson.object();
    body.set("accountNumber", accountNumber);
    body.put("deletionControl", "DELETE_ALL_PACKAGES");
    body.put("trackingNumber", trackingNumber);
    return body;
  }

  static VoidResult parse(JsonNode answer) {
    JsonNode output = answer.path("output");
    if (!output.path("cancelledShipment").isBoolean()) {
      throw FedexErrors.unexpected("cancel answer without cancelledShipment");
    }
    String message = FedexJson.text(output, "successMessage");
    if (output.get("cancelledShipment").asBoolean()) {
      return new VoidResult(
          VoidResult.Outcome.REFUNDED, message != null ? message : "shipment cancelled");
    }
    String alert = FedexJson.text(output.path("alerts").path(0), "message");
    return new VoidResult(
        VoidResult.Outcome.REJECTED,
        alert != null ? alert : message != null ? message : "fedex did not cancel the shipment");
  }
}
