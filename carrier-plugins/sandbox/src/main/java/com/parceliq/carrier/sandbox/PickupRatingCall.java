package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.PickupRate;
import com.parceliq.carrier.spi.PickupRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pickup rating: {@code POST /v1/pickups/rates} answers one fee per pickup service. */
final class PickupRatingCall {

  static final String PATH = "/v1/pickups/rates";

  private PickupRatingCall() {}

  static List<PickupRate> call(SandboxClient client, PickupRequest request) {
    return parse(client.post(PATH, PickupCall.request(request), Optional.empty()));
  }

  static List<PickupRate> parse(JsonNode answer) {
    if (!answer.path("rates").isArray()) {
      throw SandboxJson.unexpected("pickup rates answer without a rates list");
    }
    List<PickupRate> rates = new ArrayList<>();
    for (JsonNode rate : answer.get("rates")) {
      rates.add(
          new PickupRate(SandboxJson.required(rate, "service"), SandboxJson.money(rate, "fee")));
    }
    return List.copyOf(rates);
  }
}
