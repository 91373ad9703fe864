package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.domain.Money;

/**
 * Label purchase: {@code POST /ship/v1/shipments} with {@code labelResponseOptions: LABEL}, so the
 * label comes back base64-encoded in the answer. The sender's account pays ({@code SENDER}); the
 * request's reference is the package's {@code CUSTOMER_REFERENCE} (printed on the label) and its
 * idempotency key the {@code x-customer-transaction-id} FedEx echoes back. FedEx does NOT
 * deduplicate on it: a retried purchase whose first attempt reached FedEx makes a second label.
 *
 * <p>The answer's {@code masterTrackingNumber} is both the tracking code and the carrier shipment
 * id (FedEx cancels by tracking number). The charge is the {@code totalNetCharge} of the shipment
 * rate FedEx applied ({@code actualRateType}); without shipment rating, the piece's {@code
 * netChargeAmount} in USD (the services offered are US domestic).
 */
final class FedexShipping {

  static final String PATH = "/ship/v1/shipments";

  private FedexShipping() {}

  static PurchasedLabel call(FedexApi api, PurchaseRequest request) {
    return parse(
        api.post(PATH, request(api.accountNumber(), request), request.idempotencyKey()),
        format(request));
  }

  static LabelFormat format(PurchaseRequest request) {
    return request.labelFormat() == null ? LabelFormat.PDF : request.labelFormat();
  }

  static ObjectNode request(ObjectNode accountNumber, PurchaseRequest request) {
    FedexServices service = FedexServices.ofToken(request.service());
    LabelFormat format = format(request);
    ObjectNode body = CarrierJson.object();
    body.put("labelResponseOptions", "LABEL");
    body.set("accountNumber", accountNumber);
    ObjectNode shipment = body.putObject("requestedShipment");
    shipment.set("shipper", FedexJson.party(request.from(), true));
    shipment.putArray("recipients").add(FedexJson.party(request.to(), true));
    shipment.put("serviceType", service.serviceType());
    shipment.put("packagingType", "YOUR_PACKAGING");
    shipment.put("pickupType", "DROPOFF_AT_FEDEX_LOCATION");
    shipment.putObject("shippingChargesPayment").put("paymentType", "SENDER");
    shipment.putArray("rateRequestType").add("ACCOUNT");
    ObjectNode label = shipment.putObject("labelSpecification");
    label.put("imageType", FedexLabels.imageType(format));
    label.put("labelStockType", FedexLabels.labelStockType(format));
    ObjectNode item = FedexJson.packageLineItem(request.parcel());
    if (request.reference() != null && !request.reference().isBlank()) {
      ObjectNode reference = item.putArray("customerReferences").addObject();
      reference.put("customerReferenceType", "CUSTOMER_REFERENCE");
      reference.put("value", request.reference());
    }
    shipment.putArray("requestedPackageLineItems").add(item);
    return body;
  }

  static PurchasedLabel parse(JsonNode answer, LabelFormat requested) {
    JsonNode shipment = answer.path("output").path("transactionShipments").path(0);
    JsonNode piece = shipment.path("pieceResponses").path(0);
    JsonNode document = labelDocument(piece);
    String trackingCode = FedexJson.text(shipment, "masterTrackingNumber");
    if (trackingCode == null) {
      trackingCode = FedexJson.required(piece, "trackingNumber");
    }
    String serviceType = FedexJson.required(shipment, "serviceType");
    String service =
        FedexServices.ofServiceType(serviceType).map(FedexServices::token).orElse(serviceType);
    return new PurchasedLabel(
        FedexCarrierPlugin.CODE,
        service,
        trackingCode,
        trackingCode,
        charge(shipment, piece),
        FedexLabels.format(FedexJson.text(document, "docType"), requested),
        FedexLabels.decode(FedexJson.required(document, "encodedLabel")));
  }

  private static JsonNode labelDocument(JsonNode piece) {
    for (JsonNode document : piece.path("packageDocuments")) {
      if (FedexJson.text(document, "encodedLabel") != null) {
        return document;
      }
    }
    throw FedexErrors.unexpected("ship answer without an encoded label");
  }

  private static Money charge(JsonNode shipment, JsonNode piece) {
    JsonNode rating = shipment.path("completedShipmentDetail").path("shipmentRating");
    String actual = rating.path("actualRateType").asText("");
    JsonNode chosen = null;
    for (JsonNode detail : rating.path("shipmentRateDetails")) {
      if (chosen == null || detail.path("rateType").asText("").equals(actual)) {
        chosen = detail;
      }
    }
    if (chosen != null && chosen.has("totalNetCharge")) {
      return FedexJson.money(chosen.get("totalNetCharge"), FedexJson.text(chosen, "currency"));
    }
    return FedexJson.money(piece.path("netChargeAmount"), Money.USD);
  }
}
