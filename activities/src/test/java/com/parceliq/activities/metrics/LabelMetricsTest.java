package com.parceliq.activities.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class LabelMetricsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final LabelMetrics labels = new LabelMetrics(meters);

  @Test
  void purchasesAreCountedPerCarrierAndServiceAndVoidsPerCarrier() {
    labels.purchased("sandbox", "ground");
    labels.purchased("sandbox", "ground");
    labels.purchased("sandbox", "express");
    labels.purchased("ups", "ground");
    labels.voided("sandbox");

    assertThat(purchased("sandbox", "ground")).isEqualTo(2.0);
    assertThat(purchased("sandbox", "express")).isEqualTo(1.0);
    assertThat(purchased("ups", "ground")).isEqualTo(1.0);
    assertThat(meters.get("parceliq.labels.voided").tag("carrier", "sandbox").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void noTagCarriesATenantOrAShipment() {
    labels.purchased("sandbox", "ground");
    labels.voided("sandbox");

    assertThat(meters.getMeters())
        .allSatisfy(
            meter ->
                assertThat(meter.getId().getTags())
                    .allSatisfy(tag -> assertThat(tag.getKey()).isIn("carrier", "service")));
  }

  private double purchased(String carrier, String service) {
    return meters
        .get("parceliq.labels.purchased")
        .tag("carrier", carrier)
        .tag("service", service)
        .counter()
        .count();
  }
}
