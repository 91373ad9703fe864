package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A charge on a shipment beyond its label, as EasyPost shows fees: {@code reroute_fee}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeeDto(String object, String type, String amount, String currency) {

  public static final String OBJECT = "Fee";
}
