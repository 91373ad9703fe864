package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.chaos.TrackedShipment.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end of the run: first every request still without a definitive answer is retried with its own
 * key (as the client would after an outage), then the stack is polled until every shipment is
 * settled, no batch is purchasing, no money is held and every event was delivered, or until the
 * settle budget runs out, saying every 15 s what it is still waiting for.
 */
final class Settler {

  private static final Duration POLL = Duration.ofSeconds(15);

  private final ClientSteps steps;
  private final WalletSteps wallet;
  private final StackReads reads;

  Settler(ClientSteps steps, WalletSteps wallet, StackReads reads) {
    this.steps = steps;
    this.wallet = wallet;
    this.reads = reads;
  }

  List<Snapshot> settle(List<ChaosTenant> tenants, Duration budget) {
    Instant deadline = Instant.now().plus(budget);
    resolveOpenRequests(tenants, budget);
    while (true) {
      List<Snapshot> snapshots = new ArrayList<>();
      long unsettled = 0;
      long purchasingBatches = 0;
      long undelivered = 0;
      long holding = 0;
      for (ChaosTenant tenant : tenants) {
        Snapshot snapshot = snapshot(tenant);
        snapshots.add(snapshot);
        for (TrackedShipment tracked : tenant.shipments()) {
          Optional<JsonNode> shown = snapshot.shipments().get(tracked.id());
          if (shown.isPresent() && !ShipmentInvariant.settled(tracked, shown.get())) {
            unsettled++;
          }
        }
        for (String batchId : tenant.batches()) {
          String state = reads.batch(tenant.api(), batchId).path("state").asText();
          purchasingBatches += state.equals("purchasing") || state.equals("creating") ? 1 : 0;
        }
        undelivered +=
            DeliveryInvariant.undelivered(
                tenant.webhookCreatedAt(), snapshot.events(), tenant.receiver().received());
        holding += new BigDecimal(snapshot.wallet().path("held").asText("0")).signum() != 0 ? 1 : 0;
      }
      if (unsettled + purchasingBatches + undelivered + holding == 0) {
        System.out.println("chaos: settled");
        return snapshots;
      }
      String waiting =
          String.format(
              "%d shipments not final, %d batches purchasing, %d events undelivered,"
                  + " %d wallets holding",
              unsettled, purchasingBatches, undelivered, holding);
      if (Instant.now().isAfter(deadline)) {
        System.out.println("chaos: still settling after " + budget + ": " + waiting);
        return snapshots;
      }
      System.out.println("chaos: still settling: " + waiting);
      Client.sleep(POLL);
    }
  }

  private void resolveOpenRequests(List<ChaosTenant> tenants, Duration budget) {
    for (ChaosTenant tenant : tenants) {
      for (TrackedShipment shipment : tenant.shipments()) {
        if (shipment.buy() == Outcome.UNRESOLVED && !parked(tenant, shipment)) {
          steps.resolveBuy(tenant, shipment, budget);
        }
        if (shipment.voidOutcome() == Outcome.UNRESOLVED) {
          steps.resolveVoid(tenant, shipment, budget);
        }
      }
      for (String key : tenant.unconfirmedDeposits()) {
        wallet.resolveDeposit(tenant, key, Workload.TOP_UP, budget);
      }
    }
  }

  /** Parked for an operator: its buy answers 202 until the operator decides, so no retry helps. */
  private boolean parked(ChaosTenant tenant, TrackedShipment shipment) {
    return reads
        .shipment(tenant.api(), shipment.id())
        .map(shown -> shown.path("needs_attention").asBoolean(false))
        .orElse(false);
  }

  private Snapshot snapshot(ChaosTenant tenant) {
    Map<String, Optional<JsonNode>> shipments = new LinkedHashMap<>();
    for (TrackedShipment tracked : tenant.shipments()) {
      shipments.put(tracked.id(), reads.shipment(tenant.api(), tracked.id()));
    }
    return new Snapshot(
        tenant,
        shipments,
        reads.events(tenant.api()),
        reads.ledger(tenant.api()),
        reads.wallet(tenant.api()));
  }
}
