package com.parceliq.simulator.state;

import java.time.Clock;
import java.time.Instant;

/** Everything the simulator remembers, in memory; {@link #reset()} forgets it all. */
public final class SimulatorState {

  private final Clock clock;
  private final LabelStore labels = new LabelStore();
  private final PurchaseAttempts purchaseAttempts = new PurchaseAttempts();
  private final ResponseCache responses = new ResponseCache();
  private final Manifests manifests = new Manifests();
  private final Outage outage = new Outage();
  private final Pickups pickups = new Pickups();
  private final Claims claims = new Claims();

  public SimulatorState(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public LabelStore labels() {
    return labels;
  }

  public PurchaseAttempts purchaseAttempts() {
    return purchaseAttempts;
  }

  public ResponseCache responses() {
    return responses;
  }

  public Manifests manifests() {
    return manifests;
  }

  public Pickups pickups() {
    return pickups;
  }

  public Claims claims() {
    return claims;
  }

  public Outage outage() {
    return outage;
  }

  public void reset() {
    outage.clear();
    labels.clear();
    purchaseAttempts.clear();
    responses.clear();
    pickups.clear();
    claims.clear();
  }
}
