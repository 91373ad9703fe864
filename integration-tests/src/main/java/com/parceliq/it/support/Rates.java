package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/** Picking among the rates of a shipment. */
public final class Rates {

  private Rates() {}

  public static JsonNode cheapest(JsonNode rates) {
    return StreamSupport.stream(rates.spliterator(), false)
        .min(Comparator.comparing(rate -> Json.money(rate, "rate")))
        .orElseThrow(() -> new AssertionError("No rates in " + rates));
  }

  public static JsonNode dearest(JsonNode rates) {
    return StreamSupport.stream(rates.spliterator(), false)
        .max(Comparator.comparing(rate -> Json.money(rate, "rate")))
        .orElseThrow(() -> new AssertionError("No rates in " + rates));
  }
}
