package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rating with request option Shop: {@code POST /api/rating/v2409/Shop} prices every UPS service
 * between the two addresses. The price is the account's negotiated total when UPS returns one (what
 * the account is actually billed), else the published total. Services we have no token for are left
 * out.
 */
final class UpsRating {

  static final String PATH = "/api/rating/v2409/Shop";

  private UpsRating() {}

  static List<CarrierRate> call(UpsApi api, RateRequest request) {
    return parse(api.post(PATH, request(request, api.accountNumber())));
  }

  static ObjectNode request(RateRequest request, String accountNumber) {
    ObjectNode body = CarrierJson.object();
    ObjectNode rateRequest = body.putObject("RateRequest");
    ObjectNode header = rateRequest.putObject("Request");
    if (request.reference() != null) {
      header.putObject("TransactionReference").put("CustomerContext", request.reference());
    }
    ObjectNode shipment = rateRequest.putObject("Shipment");
    ObjectNode shipper = UpsJson.party(request.from());
    shipper.put("ShipperNumber", accountNumber);
    shipment.set("Shipper", shipper);
    shipment.set("ShipTo", UpsJson.party(request.to()));
    shipment.set("ShipFrom", UpsJson.party(request.from()));
    shipment
        .putObject("PaymentDetails")
        .putArray("ShipmentCharge")
        .addObject()
        .put("Type", "01")
        .putObject("BillShipper")
        .put("AccountNumber", accountNumber);
    shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "Y");
    shipment.put("NumOfPieces", "1");
    shipment.set("Package", UpsJson.parcel(request.parcel(), "PackagingType"));
    return body;
  }

  static List<CarrierRate> parse(JsonNode answer) {
    JsonNode response = answer.path("RateResponse");
    if (!response.isObject()) {
      throw UpsJson.unexpected("rating answer without RateResponse");
    }
    List<CarrierRate> rates = new ArrayList<>();
    for (JsonNode rated : UpsJson.list(response.path("RatedShipment"))) {
      Optional<String> service = UpsServices.token(UpsJson.required(rated.path("Service"), "Code"));
      if (service.isPresent()) {
        rates.add(
            new CarrierRate(
                UpsCarrierPlugin.CODE, service.get(), charged(rated), deliveryDays(rated)));
      }
    }
    return List.copyOf(rates);
  }

  /** The negotiated total when the account has negotiated rates, else the published total. */
  static Money charged(JsonNode shipment) {
    JsonNode negotiated = shipment.path("NegotiatedRateCharges").path("TotalCharge");
    return negotiated.isObject()
        ? UpsJson.money(negotiated)
        : UpsJson.money(shipment.path("TotalCharges"));
  }

  /** UPS states business days in transit only for guaranteed services; 0 when it does not. */
  private static int deliveryDays(JsonNode rated) {
    String days = UpsJson.text(rated.path("GuaranteedDelivery"), "BusinessDaysInTransit");
    try {
      return days == null ? 0 : Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
