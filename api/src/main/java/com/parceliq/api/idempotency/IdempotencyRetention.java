package com.parceliq.api.idempotency;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an idempotency record is kept ({@code parceliq.api.idempotency.retention}). A client may
 * retry a POST for up to a day (a batch job rerun the next morning) and must still get the first
 * answer replayed, so anything shorter than 24 hours is refused at startup rather than silently
 * allowing a second purchase.
 */
public record IdempotencyRetention(Duration retention) {

  public static final String PROPERTY = "parceliq.api.idempotency.retention";
  public static final Duration MINIMUM = Duration.ofHours(24);

  public IdempotencyRetention {
    if (retention == null || retention.compareTo(MINIMUM) < 0) {
      throw new IllegalStateException(
          PROPERTY
              + " is "
              + (retention == null ? "not set" : readable(retention))
              + " but must be at least "
              + readable(MINIMUM)
              + ": a client retrying a POST within a day must get its first answer replayed, not"
              + " the operation done twice. The API does not start with it.");
    }
  }

  /** As the property is usually written: {@code 12h}, {@code 90m}, {@code 30s}. */
  static String readable(Duration duration) {
    if (duration.toSeconds() % 3600 == 0) {
      return duration.toHours() + "h";
    }
    if (duration.toSeconds() % 60 == 0) {
      return duration.toMinutes() + "m";
    }
    return duration.toSeconds() + "s";
  }

  /** Records created before this instant may be removed. */
  public Instant cutoff(Instant now) {
    return now.minus(retention);
  }
}
