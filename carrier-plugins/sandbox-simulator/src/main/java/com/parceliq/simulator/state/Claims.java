package com.parceliq.simulator.state;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every claim filed since the last reset, by id. */
public final class Claims {

  private final ConcurrentHashMap<String, ClaimRecord> byId = new ConcurrentHashMap<>();

  public void add(ClaimRecord claim) {
    byId.put(claim.id(), claim);
  }

  public Optional<ClaimRecord> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public void clear() {
    byId.clear();
  }
}
