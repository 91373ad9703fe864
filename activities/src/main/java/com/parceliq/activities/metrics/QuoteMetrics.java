package com.parceliq.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * {@code parceliq_quote_lookups_total{carrier,result}}: every rate request looks in the quote cache
 * first; {@code hit} answered from it (no carrier call), {@code miss} asked the carrier. The quote
 * hit rate is hits / lookups.
 */
@ApplicationScoped
public class QuoteMetrics {

  private final MeterRegistry meters;

  @Inject
  public QuoteMetrics(Instance<MeterRegistry> meters) {
    this(Meters.of(meters));
  }

  /** Counts into {@code meters} directly (tests). */
  public QuoteMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void lookedUp(String carrier, boolean hit) {
    Counter.builder("parceliq.quote.lookups")
        .description("Rate requests by whether the quote cache answered them")
        .tag("carrier", carrier)
        .tag("result", hit ? "hit" : "miss")
        .register(meters)
        .increment();
  }
}
