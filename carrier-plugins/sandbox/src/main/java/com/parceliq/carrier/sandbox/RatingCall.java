package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rating: {@code POST /v1/rates} answers one price per service. */
final class RatingCall {

  static final String PATH = "/v1/rates";

  private RatingCall() {}

  static List<CarrierRate> call(SandboxClient client, RateRequest request) {
    return parse(client.post(PATH, request(request), Optional.empty()));
  }

  static ObjectNode request(RateRequest request) {
    ObjectNode body = SandboxJson.object();
    body.set("from_address", SandboxJson.address(request.from()));
    body.set("to_address", SandboxJson.address(request.to()));
    body.set("parcel", SandboxJson.parcel(request.parcel()));
    if (request.reference() != null) {
      body.put("reference", request.reference());
    }
    return body;
  }

  static List<CarrierRate> parse(JsonNode answer) {
    if (!answer.path("rates").isArray()) {
      throw SandboxJson.unexpected("rates answer without a rates list");
    }
    List<CarrierRate> rates = new ArrayList<>();
    for (JsonNode rate : answer.get("rates")) {
      rates.add(
          new CarrierRate(
              SandboxCarrierPlugin.CODE,
              SandboxJson.required(rate, "service"),
              SandboxJson.money(rate, "amount"),
              rate.path("delivery_days").asInt(0)));
    }
    return List.copyOf(rates);
  }
}
