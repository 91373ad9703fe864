package com.parceliq.activities.carrier;

import com.parceliq.activities.metrics.QuoteMetrics;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carrier answers to rate requests, kept for {@code parceliq.rates.cache-ttl} (5 minutes): a
 * checkout that rates the same parcel on the same route again, or several shipments of one order,
 * costs one carrier call instead of many. Keyed by carrier, account and the whole request, so a
 * different parcel, route or reference never sees another's prices. Bounded, oldest out first.
 * Every lookup counts as a hit or a miss ({@link QuoteMetrics}).
 */
@ApplicationScoped
public class QuoteCache {

  private static final int MAX_ENTRIES = 10_000;

  private record Key(String carrier, String accountId, RateRequest request) {}

  private record Cached(List<CarrierRate> rates, Instant fetchedAt) {}

  private final Duration ttl;
  private final Clock clock;
  private final QuoteMetrics metrics;
  private final Map<Key, Cached> entries =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  @Inject
  public QuoteCache(
      @ConfigProperty(name = "parceliq.rates.cache-ttl", defaultValue = "5m") Duration ttl,
      QuoteMetrics metrics) {
    this(ttl, Clock.systemUTC(), metrics);
  }

  QuoteCache(Duration ttl, Clock clock, QuoteMetrics metrics) {
    this.ttl = ttl;
    this.clock = clock;
    this.metrics = metrics;
  }

  public synchronized Optional<List<CarrierRate>> find(
      String carrier, String accountId, RateRequest request) {
    Optional<List<CarrierRate>> found = lookUp(new Key(carrier, accountId, request));
    metrics.lookedUp(carrier, found.isPresent());
    return found;
  }

  private Optional<List<CarrierRate>> lookUp(Key key) {
    Cached entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.fetchedAt().plus(ttl))) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.rates());
  }

  public synchronized void put(
      String carrier, String accountId, RateRequest request, List<CarrierRate> rates) {
    if (!ttl.isZero()) {
      entries.put(
          new Key(carrier, accountId, request), new Cached(List.copyOf(rates), clock.instant()));
    }
  }
}
