package com.parceliq.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * {@code parceliq_reconciliation_labels_total{carrier,classification}}: billed labels of carrier
 * invoices by classification, counted when their page commits. The match rate is {@code matched} /
 * all.
 */
@ApplicationScoped
public class ReconciliationMetrics {

  private final MeterRegistry meters;

  @Inject
  public ReconciliationMetrics(Instance<MeterRegistry> meters) {
    this(Meters.of(meters));
  }

  /** Counts into {@code meters} directly (tests). */
  public ReconciliationMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void classified(String carrier, String classification, long labels) {
    Counter.builder("parceliq.reconciliation.labels")
        .description("Billed labels of carrier invoices, by classification")
        .tag("carrier", carrier)
        .tag("classification", classification)
        .register(meters)
        .increment(labels);
  }
}
