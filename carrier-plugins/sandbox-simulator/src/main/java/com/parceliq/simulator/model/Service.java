package com.parceliq.simulator.model;

import java.util.Locale;
import java.util.Optional;

/** The simulator's services. */
public enum Service {
  GROUND,
  EXPRESS,
  OVERNIGHT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Service> fromWire(String value) {
    for (Service service : values()) {
      if (service.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }
}
