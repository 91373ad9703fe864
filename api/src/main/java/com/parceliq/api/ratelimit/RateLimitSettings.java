package com.parceliq.api.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code parceliq.rate-limits.*}: token buckets shared by every API replica (PostgreSQL). */
@ConfigMapping(prefix = "parceliq.rate-limits")
public interface RateLimitSettings {

  /** Off only for benchmarks that measure something else; every other deployment limits. */
  @WithDefault("true")
  boolean enabled();

  /** Requests per second of a whole tenant, all its keys and users together. */
  @WithDefault("100")
  int tenantPerSecond();

  /** Requests a tenant may send at once after a quiet period. */
  @WithDefault("200")
  int tenantBurst();

  /** Requests per second of one principal (API key or user) without a rate of its own. */
  @WithDefault("50")
  int keyPerSecond();

  @WithDefault("100")
  int keyBurst();

  /**
   * Failed authentications (a token given, not accepted) per client address and minute; past them
   * the address gets 429 for every request until the minute is over.
   */
  @WithDefault("20")
  int authFailuresPerMinute();

  /** How often each replica deletes buckets that are full again (the rows are then useless). */
  @WithDefault("5m")
  Duration cleanupInterval();
}
