package com.parceliq.activities.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebhookMetricsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final WebhookMetrics webhooks = new WebhookMetrics(meters);

  @Test
  void attemptsAreCountedByTheClassOfTheAnswerOrAsErrorsWithoutOne() {
    webhooks.attempted(204);
    webhooks.attempted(200);
    webhooks.attempted(302);
    webhooks.attempted(410);
    webhooks.attempted(503);
    webhooks.attempted(null);

    assertThat(attempts("2xx")).isEqualTo(2.0);
    assertThat(attempts("3xx")).isEqualTo(1.0);
    assertThat(attempts("4xx")).isEqualTo(1.0);
    assertThat(attempts("5xx")).isEqualTo(1.0);
    assertThat(attempts("error")).isEqualTo(1.0);
  }

  @Test
  void aDeliveryCountsItsOutcomeAndItsLagFromTheEventsCreation() {
    webhooks.delivered("initial", Duration.ofMillis(700));
    webhooks.deadLettered("initial");
    webhooks.cancelled("replay");

    Timer lag = meters.get("parceliq.webhook.delivery.lag").tag("kind", "initial").timer();
    assertThat(lag.count()).isEqualTo(1);
    assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(700.0);
    assertThat(bucket(lag, Duration.ofMillis(500))).isZero();
    assertThat(bucket(lag, Duration.ofSeconds(1))).isEqualTo(1.0);
    assertThat(deliveries("initial", "delivered")).isEqualTo(1.0);
    assertThat(deliveries("initial", "dead_lettered")).isEqualTo(1.0);
    assertThat(deliveries("replay", "cancelled")).isEqualTo(1.0);
  }

  @Test
  void aClockAheadOfTheDatabaseNeverRecordsANegativeLag() {
    webhooks.delivered("initial", Duration.ofMillis(-5));

    Timer lag = meters.get("parceliq.webhook.delivery.lag").timer();
    assertThat(lag.totalTime(TimeUnit.NANOSECONDS)).isZero();
    assertThat(bucket(lag, Duration.ofMillis(100))).isEqualTo(1.0);
  }

  private double attempts(String result) {
    return meters.get("parceliq.webhook.attempts").tag("result", result).counter().count();
  }

  private double deliveries(String kind, String outcome) {
    return meters
        .get("parceliq.webhook.deliveries")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  private static double bucket(Timer timer, Duration upperBound) {
    return Arrays.stream(timer.takeSnapshot().histogramCounts())
        .filter(b -> b.bucket(TimeUnit.NANOSECONDS) == upperBound.toNanos())
        .mapToDouble(CountAtBucket::count)
        .findFirst()
        .orElseThrow();
  }
}
