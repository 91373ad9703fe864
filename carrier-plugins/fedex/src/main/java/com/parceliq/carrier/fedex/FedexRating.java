package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rating: {@code POST /rate/v1/rates/quotes} without a {@code serviceType}, so FedEx quotes every
 * service the lane allows. We ask for ACCOUNT (the account's negotiated) and LIST rates and report
 * the ACCOUNT rate's {@code totalNetCharge}, the LIST one when FedEx gives no account rate.
 * Services this adapter does not offer (international, freight) are left out. The request's
 * reference goes as {@code x-customer-transaction-id}, which FedEx echoes back.
 */
final class FedexRating {

  static final String PATH = "/rate/v1/rates/quotes";

  private static final Map<String, Integer> TRANSIT_DAYS =
      Map.ofEntries(
          Map.entry("ONE_DAY", 1),
          Map.entry("TWO_DAYS", 2),
          Map.entry("THREE_DAYS", 3),
          Map.entry("FOUR_DAYS", 4),
          Map.entry("FIVE_DAYS", 5),
          Map.entry("SIX_DAYS", 6),
          Map.entry("SEVEN_DAYS", 7),
          Map.entry("EIGHT_DAYS", 8),
          Map.entry("NINE_DAYS", 9),
          Map.entry("TEN_DAYS", 10));

  private FedexRating() {}

  static List<CarrierRate> call(FedexApi api, RateRequest request) {
    return parse(api.post(PATH, request(api.accountNumber(), request), request.reference()));
  }

  static ObjectNode request(ObjectNode accountNumber, RateRequest request) {
    ObjectNode body = CarrierJson.object();
    body.set("accountNumber", accountNumber);
    body.putObject("rateRequestControlParameters").put("returnTransitTimes", true);
    ObjectNode shipment = body.putObject("requestedShipment");
    shipment.set("shipper", FedexJson.party(request.from(), false));
    shipment.set("recipient", FedexJson.party(request.to(), false));
    shipment.put("pickupType", "DROPOFF_AT_FEDEX_LOCATION");
    shipment.put("packagingType", "YOUR_PACKAGING");
    shipment.putArray("rateRequestType").add("ACCOUNT").add("LIST");
    shipment.putArray("requestedPackageLineItems").add(FedexJson.packageLineItem(request.parcel()));
    return body;
  }

  static List<CarrierRate> parse(JsonNode answer) {
    JsonNode details = answer.path("output").path("rateReplyDetails");
    if (!details.isArray()) {
      throw FedexErrors.unexpected("rate answer without rateReplyDetails");
    }
    List<CarrierRate> rates = new ArrayList<>();
    for (JsonNode detail : details) {
      Optional<FedexServices> service =
          FedexServices.ofServiceType(detail.path("serviceType").asText(""));
      Optional<JsonNode> rated = chosenRate(detail.path("ratedShipmentDetails"));
      if (service.isEmpty() || rated.isEmpty()) {
        continue;
      }
      rates.add(
          new CarrierRate(
              FedexCarrierPlugin.CODE,
              service.get().token(),
              FedexJson.money(rated.get().path("totalNetCharge"), currency(rated.get())),
              deliveryDays(detail, service.get())));
    }
    return List.copyOf(rates);
  }

  private static Optional<JsonNode> chosenRate(JsonNode ratedShipmentDetails) {
    JsonNode list = null;
    for (JsonNode rated : ratedShipmentDetails) {
      String type = rated.path("rateType").asText("");
      if (type.equals("ACCOUNT")) {
        return Optional.of(rated);
      }
      if (type.equals("LIST") && list == null) {
        list = rated;
      }
    }
    return Optional.ofNullable(list);
  }

  private static String currency(JsonNode rated) {
    String currency = FedexJson.text(rated, "currency");
    return currency != null
        ? currency
        : FedexJson.text(rated.path("shipmentRateDetail"), "currency");
  }

  private static int deliveryDays(JsonNode detail, FedexServices service) {
    String transit = FedexJson.text(detail.path("operationalDetail"), "transitTime");
    return transit != null && TRANSIT_DAYS.containsKey(transit)
        ? TRANSIT_DAYS.get(transit)
        : service.days();
  }
}
