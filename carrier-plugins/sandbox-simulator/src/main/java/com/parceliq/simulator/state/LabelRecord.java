package com.parceliq.simulator.state;

import com.parceliq.simulator.model.LabelFileFormat;
import com.parceliq.simulator.model.WireAddress;
import com.parceliq.simulator.model.WireParcel;
import com.parceliq.simulator.rates.Quote;
import com.parceliq.simulator.triggers.Triggers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One purchased label. What was bought never changes; its later life (void, reroutes, manifest) is
 * guarded by a lock because void, reroute and tracking calls can arrive at once.
 */
public final class LabelRecord {

  /** A parcel sent to a new destination at {@code at}. */
  public record Reroute(Instant at, WireAddress to) {}

  private final Purchase purchase;
  private final ReentrantLock lock = new ReentrantLock();
  private Instant voidedAt;
  private String manifestId;
  private final List<Reroute> reroutes = new ArrayList<>();

  /** What the purchase fixed for good. */
  public record Purchase(
      String id,
      String trackingCode,
      long sequence,
      WireAddress from,
      WireAddress to,
      WireParcel parcel,
      String reference,
      Triggers triggers,
      Quote quote,
      LabelFileFormat format,
      byte[] labelFile,
      Instant createdAt) {}

  public LabelRecord(Purchase purchase) {
    this.purchase = purchase;
  }

  public Purchase purchase() {
    return purchase;
  }

  public String id() {
    return purchase.id();
  }

  public String trackingCode() {
    return purchase.trackingCode();
  }

  /** When the parcel is delivered, if the shipment asked for delivery with sbx:deliver. */
  public Optional<Instant> deliveryAt() {
    return purchase.triggers().deliverAfter().map(delay -> purchase.createdAt().plus(delay));
  }

  /** Delivered by {@code now}, unless the label was voided first. */
  public boolean deliveredBy(Instant now) {
    Optional<Instant> voided = voidedAt();
    return deliveryAt()
        .filter(at -> !now.isBefore(at))
        .filter(at -> voided.isEmpty() || voided.get().isAfter(at))
        .isPresent();
  }

  public Optional<Instant> voidedAt() {
    lock.lock();
    try {
      return Optional.ofNullable(voidedAt);
    } finally {
      lock.unlock();
    }
  }

  /** What a void request did to the label. */
  public enum VoidOutcome {
    VOIDED,
    ALREADY_VOIDED,
    REFUSED_BY_CARRIER,
    ALREADY_DELIVERED
  }

  /** Voids the label at {@code now} unless the carrier refuses or the parcel is delivered. */
  public VoidOutcome voidLabel(Instant now, boolean carrierRefuses) {
    lock.lock();
    try {
      if (voidedAt != null) {
        return VoidOutcome.ALREADY_VOIDED;
      }
      if (carrierRefuses) {
        return VoidOutcome.REFUSED_BY_CARRIER;
      }
      if (deliveredBy(now)) {
        return VoidOutcome.ALREADY_DELIVERED;
      }
      voidedAt = now;
      return VoidOutcome.VOIDED;
    } finally {
      lock.unlock();
    }
  }

  public List<Reroute> reroutes() {
    lock.lock();
    try {
      return List.copyOf(reroutes);
    } finally {
      lock.unlock();
    }
  }

  /** Where the parcel goes now: the last reroute's address, or the purchase's. */
  public WireAddress destination() {
    List<Reroute> all = reroutes();
    return all.isEmpty() ? purchase.to() : all.getLast().to();
  }

  /** What a reroute request did to the parcel. */
  public enum RerouteOutcome {
    REROUTED,
    REFUSED_BY_CARRIER,
    LABEL_VOIDED,
    ALREADY_DELIVERED
  }

  /** Sends the parcel to {@code to} unless it is voided, delivered, or the carrier refuses. */
  public RerouteOutcome reroute(Instant now, WireAddress to, boolean carrierRefuses) {
    lock.lock();
    try {
      if (voidedAt != null) {
        return RerouteOutcome.LABEL_VOIDED;
      }
      if (deliveredBy(now)) {
        return RerouteOutcome.ALREADY_DELIVERED;
      }
      if (carrierRefuses) {
        return RerouteOutcome.REFUSED_BY_CARRIER;
      }
      reroutes.add(new Reroute(now, to));
      return RerouteOutcome.REROUTED;
    } finally {
      lock.unlock();
    }
  }

  public Optional<String> manifestId() {
    lock.lock();
    try {
      return Optional.ofNullable(manifestId);
    } finally {
      lock.unlock();
    }
  }

  /** Puts the label on manifest {@code id}; callers check {@link #manifestId()} first. */
  void assignManifest(String id) {
    lock.lock();
    try {
      manifestId = id;
    } finally {
      lock.unlock();
    }
  }
}
