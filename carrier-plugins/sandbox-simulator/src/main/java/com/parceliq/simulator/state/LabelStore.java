package com.parceliq.simulator.state;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every label bought since the last reset. A purchase with an idempotency key creates at most one
 * label for that key, even when calls with the key race each other.
 */
public final class LabelStore {

  /** Builds the immutable part of a new label once the store has chosen its identifiers. */
  @FunctionalInterface
  public interface PurchaseFactory {
    LabelRecord.Purchase build(String id, String trackingCode, long sequence);
  }

  /** The label a purchase call answers with, and whether that call created it. */
  public record Creation(LabelRecord label, boolean created) {}

  private final ConcurrentHashMap<String, LabelRecord> byId = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LabelRecord> byTrackingCode = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LabelRecord> byIdempotencyKey = new ConcurrentHashMap<>();
  private final KeyedLocks keyLocks = new KeyedLocks();
  private final AtomicLong sequence = new AtomicLong();

  public Creation purchase(Optional<String> idempotencyKey, PurchaseFactory factory) {
    if (idempotencyKey.isEmpty()) {
      return new Creation(create(factory), true);
    }
    String key = idempotencyKey.get();
    return keyLocks.withLock(
        key,
        () -> {
          LabelRecord existing = byIdempotencyKey.get(key);
          if (existing != null) {
            return new Creation(existing, false);
          }
          LabelRecord label = create(factory);
          byIdempotencyKey.put(key, label);
          return new Creation(label, true);
        });
  }

  /** A label by its carrier shipment id or its tracking code. */
  public Optional<LabelRecord> find(String idOrTrackingCode) {
    LabelRecord label = byId.get(idOrTrackingCode);
    return Optional.ofNullable(label != null ? label : byTrackingCode.get(idOrTrackingCode));
  }

  /** Every label, oldest first. */
  public List<LabelRecord> all() {
    return byId.values().stream()
        .sorted(Comparator.comparingLong(label -> label.purchase().sequence()))
        .toList();
  }

  /** Whether {@code label} is still this store's (it is not after a reset). */
  public boolean holds(LabelRecord label) {
    return byId.get(label.id()) == label;
  }

  public void clear() {
    byIdempotencyKey.clear();
    byTrackingCode.clear();
    byId.clear();
    keyLocks.clear();
  }

  private LabelRecord create(PurchaseFactory factory) {
    String id = RandomIds.id("sbxshp");
    String trackingCode = RandomIds.trackingCode();
    // Twelve random digits make a clash unlikely, not impossible; the tracking code must be unique.
    while (byTrackingCode.containsKey(trackingCode)) {
      trackingCode = RandomIds.trackingCode();
    }
    LabelRecord label =
        new LabelRecord(factory.build(id, trackingCode, sequence.incrementAndGet()));
    byTrackingCode.put(trackingCode, label);
    byId.put(id, label);
    return label;
  }
}
