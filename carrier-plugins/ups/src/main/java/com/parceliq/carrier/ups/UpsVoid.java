package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import java.util.List;

/**
 * Void: {@code DELETE /api/shipments/v2409/void/cancel/{shipmentIdentificationNumber}}. UPS bills
 * shipments on the account's invoice, so a voided shipment is never charged: that is REFUNDED at
 * once. UPS reports "Voided" and "Already Voided" alike (status code 1), so a retried void is safe.
 * UPS refusing the void with one of the void API's own errors (190xxx: past the void period,
 * already picked up, no such shipment) is a REJECTED result; any other failure stays an error.
 */
final class UpsVoid {

  static final String PATH = "/api/shipments/v2409/void/cancel/";

  private UpsVoid() {}

  static VoidResult call(UpsApi api, VoidRequest request) {
    HttpAnswer answer = api.deleteAnswer(path(request));
    if (!answer.isSuccess() && answer.status() / 100 == 4 && answer.status() != 429) {
      List<UpsErrors.UpsError> errors = UpsErrors.errors(CarrierJson.tryParse(answer.body()));
      List<UpsErrors.UpsError> refusals =
          errors.stream().filter(error -> error.code().matches("190\\d{3}")).toList();
      if (!refusals.isEmpty()) {
        return new VoidResult(
            VoidResult.Outcome.REJECTED,
            String.join("; ", refusals.stream().map(UpsErrors.UpsError::toString).toList()));
      }
    }
    return parse(UpsApi.json(answer));
  }

  /** The shipment id (1Z...); for a one-package shipment UPS's tracking number is the same. */
  static String path(VoidRequest request) {
    String shipment =
        UpsJson.notBlank(request.carrierShipmentId())
            ? request.carrierShipmentId()
            : request.trackingCode();
    return PATH + UpsApi.segment(shipment);
  }

  static VoidResult parse(JsonNode answer) {
    JsonNode status = answer.path("VoidShipmentResponse").path("SummaryResult").path("Status");
    String code = UpsJson.required(status, "Code");
    String description = UpsJson.text(status, "Description");
    return "1".equals(code)
        ? new VoidResult(VoidResult.Outcome.REFUNDED, description)
        : new VoidResult(VoidResult.Outcome.REJECTED, description);
  }
}
