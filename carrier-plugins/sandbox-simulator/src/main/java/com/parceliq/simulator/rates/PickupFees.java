package com.parceliq.simulator.rates;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox carrier's pickup services and their flat fees: {@code standard} comes during the
 * window, {@code priority} within its first hour. A pickup without a service is a standard one.
 */
public final class PickupFees {

  public static final String STANDARD = "standard";
  public static final String PRIORITY = "priority";

  private static final Map<String, BigDecimal> FEES = new LinkedHashMap<>();

  static {
    FEES.put(STANDARD, new BigDecimal("4.50"));
    FEES.put(PRIORITY, new BigDecimal("12.00"));
  }

  private PickupFees() {}

  /** Every service with its fee, cheapest first. */
  public static Map<String, BigDecimal> all() {
    return Collections.unmodifiableMap(FEES);
  }

  /** The fee of {@code service}; empty for a service the carrier does not offer. */
  public static Optional<BigDecimal> fee(String service) {
    return Optional.ofNullable(FEES.get(service == null ? STANDARD : service));
  }
}
