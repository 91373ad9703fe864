package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * A charge on a shipment beyond its label, as the API lists it under {@code fees}; {@code type} is
 * the wire name ({@code reroute_fee}).
 */
public record ShipmentFee(String type, Money amount) {

  public static final String REROUTE_FEE = "reroute_fee";

  public static ShipmentFee reroute(Money amount) {
    return new ShipmentFee(REROUTE_FEE, amount);
  }
}
