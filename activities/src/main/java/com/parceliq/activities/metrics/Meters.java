package com.parceliq.activities.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Instance;

/** Where the business metrics go. */
final class Meters {

  private Meters() {}

  /**
   * The workers' Prometheus registry; the activities module's own Quarkus tests run without the
   * metrics extension, and count into a registry nobody scrapes.
   */
  static MeterRegistry of(Instance<MeterRegistry> meters) {
    return meters.isResolvable() ? meters.get() : new SimpleMeterRegistry();
  }
}
