package com.parceliq.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * {@code parceliq_labels_purchased_total{carrier,service}} and {@code
 * parceliq_labels_voided_total{carrier}}: counted when the read model's shipment first becomes
 * purchased or voided (the void rate is voided / purchased). Tags are carrier and service codes
 * only, a small fixed set: no tenant, no shipment.
 */
@ApplicationScoped
public class LabelMetrics {

  private final MeterRegistry meters;

  @Inject
  public LabelMetrics(Instance<MeterRegistry> meters) {
    this(Meters.of(meters));
  }

  /** Counts into {@code meters} directly (tests). */
  public LabelMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void purchased(String carrier, String service) {
    Counter.builder("parceliq.labels.purchased")
        .description("Labels bought from a carrier, once per shipment")
        .tag("carrier", carrier)
        .tag("service", service)
        .register(meters)
        .increment();
  }

  public void voided(String carrier) {
    Counter.builder("parceliq.labels.voided")
        .description("Labels voided (refund submitted or refunded), once per shipment")
        .tag("carrier", carrier)
        .register(meters)
        .increment();
  }
}
