package com.parceliq.domain.batch;

import java.util.Locale;

/** Where a shipment stands within its batch's purchase (EasyPost's {@code batch_status}). */
public enum BatchShipmentStatus {
  QUEUED_FOR_PURCHASE,
  POSTAGE_PURCHASED,
  POSTAGE_PURCHASE_FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BatchShipmentStatus fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
