package com.parceliq.domain;

import java.util.Locale;

/** The lifecycle of a shipment as the API reports it (CONTRACT section 3). */
public enum ShipmentStatus {
  CREATED,
  RATED,
  PURCHASED,
  IN_TRANSIT,
  OUT_FOR_DELIVERY,
  DELIVERED,
  COMPLETED,
  VOIDED,
  RETURNED,
  REROUTED,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ShipmentStatus fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }

  /** A final state ends the shipment's workflow and makes it eligible for archival. */
  public boolean isFinal() {
    return this == DELIVERED || this == COMPLETED || this == VOIDED || this == RETURNED;
  }
}
