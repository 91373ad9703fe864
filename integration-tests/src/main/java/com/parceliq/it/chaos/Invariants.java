package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs every invariant on the settled stack, prints each, and returns the violations' count. */
final class Invariants {

  private Invariants() {}

  static long checkAll(
      ChaosReport report,
      List<Snapshot> snapshots,
      JsonNode simulatorStats,
      ResponseTally tally,
      Counts failedFaults) {
    List<Violation> shipments = new ArrayList<>();
    List<Violation> ledger = new ArrayList<>();
    List<Violation> webhooks = new ArrayList<>();
    for (Snapshot snapshot : snapshots) {
      ChaosTenant tenant = snapshot.tenant();
      for (TrackedShipment tracked : tenant.shipments()) {
        shipments.addAll(
            ShipmentInvariant.check(
                tracked, snapshot.shipments().getOrDefault(tracked.id(), Optional.empty())));
      }
      Map<String, JsonNode> found = new java.util.HashMap<>();
      snapshot.shipments().forEach((id, shown) -> shown.ifPresent(s -> found.put(id, s)));
      ledger.addAll(
          LedgerInvariant.check(
              tenant.id(),
              snapshot.ledger(),
              snapshot.wallet(),
              tenant.confirmedDeposits(),
              found));
      webhooks.addAll(
          DeliveryInvariant.check(
              tenant.id(),
              tenant.webhookCreatedAt(),
              snapshot.events(),
              tenant.receiver().received()));
    }
    report.checked(snapshots, simulatorStats.path("by_tracking_code").size());
    List<Violation> labels = LabelInvariant.check(simulatorStats);
    List<Violation> responses = ResponseInvariant.check(tally);
    List<Violation> recovery = new ArrayList<>();
    failedFaults
        .snapshot()
        .forEach(
            (kind, count) ->
                recovery.add(new Violation("recovery", kind, count + " time(s) did not recover")));
    report.invariant(ShipmentInvariant.NAME, "GET /v1/shipments/{id} of every created", shipments);
    report.invariant(LabelInvariant.NAME, "simulator GET /_control/stats", labels);
    report.invariant(LedgerInvariant.NAME, "GET /v1/ledger + GET /v1/wallet", ledger);
    report.invariant(DeliveryInvariant.NAME, "GET /v1/events vs receivers", webhooks);
    report.invariant(ResponseInvariant.NAME, "every API answer of the run", responses);
    report.invariant("recovery", "each fault's service back healthy", recovery);
    return (long) shipments.size()
        + labels.size()
        + ledger.size()
        + webhooks.size()
        + responses.size()
        + recovery.size();
  }
}
