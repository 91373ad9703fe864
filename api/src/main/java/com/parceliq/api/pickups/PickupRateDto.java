package com.parceliq.api.pickups;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One pickup service a carrier offered: buy it with its carrier and service. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PickupRateDto(
    String id, String object, String carrier, String service, String rate, String currency) {

  public static final String OBJECT = "PickupRate";
}
