package com.parceliq.carrier.spi;

/** Normalized tracking states (EasyPost's names). */
public enum TrackingStatus {
  PRE_TRANSIT,
  IN_TRANSIT,
  OUT_FOR_DELIVERY,
  DELIVERED,
  RETURN_TO_SENDER,
  FAILURE,
  UNKNOWN
}
