package com.parceliq.simulator.state;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every pickup scheduled since the last reset, by id and by confirmation number. */
public final class Pickups {

  private final ConcurrentHashMap<String, PickupRecord> byId = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PickupRecord> byConfirmation = new ConcurrentHashMap<>();

  public void add(PickupRecord pickup) {
    byId.put(pickup.id(), pickup);
    byConfirmation.put(pickup.confirmation(), pickup);
  }

  /** A pickup by its id or its confirmation number. */
  public Optional<PickupRecord> find(String idOrConfirmation) {
    PickupRecord pickup = byId.get(idOrConfirmation);
    return Optional.ofNullable(pickup != null ? pickup : byConfirmation.get(idOrConfirmation));
  }

  public void clear() {
    byId.clear();
    byConfirmation.clear();
  }
}
