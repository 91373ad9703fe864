package com.parceliq.carrier.spi;

/** What a carrier plugin can do. Calling a capability a plugin lacks is an UNSUPPORTED error. */
public enum Capability {
  ADDRESS_VALIDATION,
  RATING,
  PURCHASE,
  VOID,
  REFUND_STATUS,
  TRACKING,
  REROUTE,
  PICKUP,
  MANIFEST,
  /** Filing loss and damage claims and following their decision. */
  CLAIMS
}
