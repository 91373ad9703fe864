package com.parceliq.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Webhook delivery: {@code parceliq_webhook_attempts_total{result}} (one per POST: {@code 2xx},
 * {@code 3xx}, {@code 4xx}, {@code 5xx}, or {@code error} when no answer came), {@code
 * parceliq_webhook_deliveries_total{kind,outcome}} (each delivery settles once: {@code delivered},
 * {@code dead_lettered}, {@code cancelled}) and {@code
 * parceliq_webhook_delivery_lag_seconds{kind}}, from the event's creation to its successful
 * delivery. {@code kind} is {@code initial} or {@code replay}: a replay's lag includes the time
 * until an operator replayed it, so it must not blur the initial one.
 */
@ApplicationScoped
public class WebhookMetrics {

  /** Buckets from "at once" to "after the whole retry schedule". */
  private static final Duration[] LAG_BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(30),
    Duration.ofHours(2),
    Duration.ofHours(24)
  };

  private final MeterRegistry meters;

  @Inject
  public WebhookMetrics(Instance<MeterRegistry> meters) {
    this(Meters.of(meters));
  }

  /** Counts into {@code meters} directly (tests). */
  public WebhookMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  /** One POST and its answer's status code, or null when none came (refused, unreachable). */
  public void attempted(Integer statusCode) {
    String result = statusCode == null ? "error" : (statusCode / 100) + "xx";
    Counter.builder("parceliq.webhook.attempts")
        .description("Webhook POSTs by the class of the endpoint's answer")
        .tag("result", result)
        .register(meters)
        .increment();
  }

  public void delivered(String kind, Duration lag) {
    settled(kind, "delivered");
    Timer.builder("parceliq.webhook.delivery.lag")
        .description("From an event's creation to its successful delivery to an endpoint")
        .tag("kind", kind)
        .serviceLevelObjectives(LAG_BUCKETS)
        .register(meters)
        .record(lag.isNegative() ? Duration.ZERO : lag);
  }

  /** Its endpoint was deleted or disabled before it could be delivered. */
  public void cancelled(String kind) {
    settled(kind, "cancelled");
  }

  public void deadLettered(String kind) {
    settled(kind, "dead_lettered");
  }

  private void settled(String kind, String outcome) {
    Counter.builder("parceliq.webhook.deliveries")
        .description("Webhook deliveries by how they settled")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }
}
