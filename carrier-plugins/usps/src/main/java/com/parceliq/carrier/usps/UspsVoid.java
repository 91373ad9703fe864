package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;

/**
 * Void: {@code DELETE /labels/v3/label/{trackingNumber}} with the payment authorization token. USPS
 * answers {@code status CANCELED} (no shipping services file was sent yet: refunded now) or {@code
 * DISPUTED} with a {@code disputeId} (a refund request was filed: pending). A 400 is USPS refusing
 * this label (not found, refund not possible, already requested today) and becomes a {@link
 * VoidResult.Outcome#REJECTED} value; other failures are thrown. USPS offers no refund status
 * lookup in these APIs, so REFUND_STATUS is not offered.
 */
final class UspsVoid {

  static final String PATH = "/labels/v3/label/";

  private UspsVoid() {}

  static VoidResult call(UspsClient client, VoidRequest request) {
    String path = path(request);
    HttpAnswer answer =
        client.sendWithPayment(
            (bearer, payment) ->
                client
                    .builder(path)
                    .header("Authorization", "Bearer " + bearer)
                    .header("X-Payment-Authorization-Token", payment)
                    .header("Accept", "application/json")
                    .DELETE());
    if (answer.status() == 400) {
      CarrierException refusal = UspsErrors.from("label void", answer);
      return new VoidResult(VoidResult.Outcome.REJECTED, refusal.getMessage());
    }
    if (!answer.isSuccess()) {
      throw UspsErrors.from("label void", answer);
    }
    return parse(UspsJson.parse(answer.body()));
  }

  static String path(VoidRequest request) {
    String trackingNumber =
        request.trackingCode() != null && !request.trackingCode().isBlank()
            ? request.trackingCode()
            : request.carrierShipmentId();
    return PATH + UspsClient.segment(trackingNumber.strip());
  }

  static VoidResult parse(JsonNode answer) {
    String status = UspsJson.required(answer, "status");
    return switch (status) {
      case "CANCELED", "CANCELLED" -> new VoidResult(VoidResult.Outcome.REFUNDED, "label canceled");
      case "DISPUTED" ->
          new VoidResult(
              VoidResult.Outcome.REFUND_PENDING,
              "refund requested, dispute " + UspsJson.text(answer, "disputeId"));
      default -> throw UspsJson.unexpected("unknown cancel status " + status);
    };
  }
}
