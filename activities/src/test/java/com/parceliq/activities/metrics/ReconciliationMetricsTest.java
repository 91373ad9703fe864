package com.parceliq.activities.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ReconciliationMetricsTest {

  @Test
  void pagesAddTheirLabelsPerCarrierAndClassification() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ReconciliationMetrics reconciliation = new ReconciliationMetrics(meters);

    reconciliation.classified("sandbox", "matched", 998);
    reconciliation.classified("sandbox", "overbilled", 2);
    reconciliation.classified("sandbox", "matched", 1000);

    assertThat(labels(meters, "matched")).isEqualTo(1998.0);
    assertThat(labels(meters, "overbilled")).isEqualTo(2.0);
  }

  private static double labels(SimpleMeterRegistry meters, String classification) {
    return meters
        .get("parceliq.reconciliation.labels")
        .tag("carrier", "sandbox")
        .tag("classification", classification)
        .counter()
        .count();
  }
}
