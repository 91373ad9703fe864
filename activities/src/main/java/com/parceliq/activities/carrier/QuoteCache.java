package com.parceliq.activities.carrier;

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
 */
@ApplicationScoped
public class QuoteCache {

  private static final int MAX_ENTRIES = 10_000;

  private record Key(String carrier, String accountId, RateRequest request) {}

  private record Cached(List<CarrierRate> rates, Instant fetchedAt) {}

  private final Duration ttl;
  private final Clock clock;
  private final Map<Key, Cached> entries =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  @Inject
  public QuoteCache(
      @ConfigProperty(name = "parceliq.rates.cache-ttl", defaultValue = "5m") Duration ttl) {
    this(ttl, Clock.systemUTC());
  }

  QuoteCache(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  public synchronized Optional<List<CarrierRate>> find(
      String carrier, String accountId, RateRequest request) {
    Key key = new Key(carrier, accountId, request);
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
