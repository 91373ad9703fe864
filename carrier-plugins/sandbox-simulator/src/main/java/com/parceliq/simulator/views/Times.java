package com.parceliq.simulator.views;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** RFC 3339 UTC timestamps, to the second, as every carrier API prints them. */
public final class Times {

  private Times() {}

  public static String format(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
