package com.parceliq.simulator.views;

import java.util.List;

/** One pickup service's fee in {@code POST /v1/pickups/rates}. */
public record PickupRateView(String service, String fee, String currency) {

  /** The body of {@code POST /v1/pickups/rates}. */
  public record Rates(List<PickupRateView> rates) {}
}
