package com.parceliq.domain.batch;

import java.util.Locale;

/** A batch's lifecycle with EasyPost's state names (CONTRACT section 3). */
public enum BatchState {
  CREATING,
  CREATED,
  PURCHASING,
  PURCHASED,
  PURCHASE_FAILED,
  LABEL_GENERATING,
  LABEL_GENERATED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BatchState fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }

  /** While a workflow works on the batch its shipments are fixed and no other operation starts. */
  public boolean isBusy() {
    return this == CREATING || this == PURCHASING || this == LABEL_GENERATING;
  }
}
