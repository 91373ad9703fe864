package com.parceliq.activities.webhooks;

import com.parceliq.workflows.webhooks.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery settings ({@code parceliq.webhooks.*}); see docs/webhooks.md. */
@ConfigMapping(prefix = "parceliq.webhooks")
public interface WebhookSettings {

  /**
   * Whether endpoints may be plain http and resolve to private, loopback or link-local addresses.
   * Off in production (SSRF); the launcher's dev and test stacks turn it on for local receivers.
   */
  @WithDefault("false")
  boolean allowPrivateUrls();

  /** The first retry's longest wait; each later one doubles, up to {@link #retryCap()}. */
  @WithDefault("5s")
  Duration retryInitial();

  @WithDefault("1h")
  Duration retryCap();

  /** No attempt starts later than this after the delivery began (CONTRACT: 72 hours). */
  @WithDefault("72h")
  Duration retryMaxAge();

  /** How long a delivery waits when its endpoint already has its fill of deliveries in flight. */
  @WithDefault("1s")
  Duration throttleWait();

  /** Deliveries in flight per endpoint and worker process. */
  @WithDefault("8")
  int maxConcurrentPerEndpoint();

  /** Consecutive dead letters after which an endpoint is disabled. */
  @WithDefault("5")
  int disableAfterDeadLetters();

  /**
   * Start delivery workflows eagerly: the server returns their first task in the start response to
   * this process's own webhooks worker (docs/benchmarks/webhooks.md measures the difference).
   */
  @WithDefault("true")
  boolean eagerStart();

  default RetrySchedule schedule() {
    return new RetrySchedule(retryInitial(), retryCap(), retryMaxAge(), throttleWait());
  }
}
