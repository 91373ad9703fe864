package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.workflows.ports.ShipmentFee;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shipment's reroutes, part of {@link ShipmentState}: where the parcel goes now, the fees the
 * carriers charged, and the answer each client key got, so a repeated request is answered from here
 * instead of reaching the carrier or the ledger again.
 */
final class RerouteHistory {

  /** A reroute the carrier refused, replayed to a repeat with the same idempotency key. */
  record Refusal(String code, String message) {}

  private Address destination;
  private final List<ShipmentFee> fees = new ArrayList<>();
  private final Set<String> acceptedKeys = new HashSet<>();
  private final Map<String, Refusal> refusals = new HashMap<>();

  RerouteHistory(Address destination) {
    this.destination = destination;
  }

  Address destination() {
    return destination;
  }

  List<ShipmentFee> fees() {
    return List.copyOf(fees);
  }

  boolean isAcceptedWith(String idempotencyKey) {
    return acceptedKeys.contains(idempotencyKey);
  }

  Optional<Refusal> refusal(String idempotencyKey) {
    return Optional.ofNullable(refusals.get(idempotencyKey));
  }

  void accepted(String idempotencyKey, Address newDestination, Optional<ShipmentFee> fee) {
    acceptedKeys.add(idempotencyKey);
    destination = newDestination;
    fee.ifPresent(fees::add);
  }

  void refused(String idempotencyKey, String code, String message) {
    refusals.put(idempotencyKey, new Refusal(code, message));
  }
}
