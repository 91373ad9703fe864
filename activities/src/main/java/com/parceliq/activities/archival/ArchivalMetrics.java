package com.parceliq.activities.archival;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * {@code parceliq_archival_shipments_total}, {@code parceliq_archival_bytes_total} and {@code
 * parceliq_archival_pages_total} at the workers' {@code /q/metrics}: counted when a page's rows
 * move, so an attempt that resumes after a crash counts only what it moved itself.
 */
@ApplicationScoped
public class ArchivalMetrics {

  private final Counter shipments;
  private final Counter bytes;
  private final Counter pages;

  /**
   * The workers' Prometheus registry; the activities module's own Quarkus tests run without the
   * metrics extension, and count into a registry nobody scrapes.
   */
  @Inject
  public ArchivalMetrics(Instance<MeterRegistry> meters) {
    this(meters.isResolvable() ? meters.get() : new SimpleMeterRegistry());
  }

  ArchivalMetrics(MeterRegistry meters) {
    shipments =
        Counter.builder("parceliq.archival.shipments")
            .description("Shipments moved to the archive (hot rows deleted, index rows written)")
            .register(meters);
    bytes =
        Counter.builder("parceliq.archival.bytes")
            .description("Compressed bytes of the page objects whose shipments were moved")
            .baseUnit("bytes")
            .register(meters);
    pages =
        Counter.builder("parceliq.archival.pages")
            .description("Page objects whose shipments were moved")
            .register(meters);
  }

  void moved(int shipmentsMoved, long objectBytes) {
    if (shipmentsMoved == 0) {
      return;
    }
    shipments.increment(shipmentsMoved);
    bytes.increment(objectBytes);
    pages.increment();
  }
}
