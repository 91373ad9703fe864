package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.chaos.TrackedShipment.Outcome;
import com.parceliq.it.support.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client worker's loop: picks a tenant and a scenario at random (from its own seeded random)
 * and runs it through the API until told to stop. Scenarios: a shipment's life (create, rate, buy,
 * then maybe void, reroute or reads), a batch of three (create, batch, batch buy), a wallet top-up.
 */
final class Workload implements Runnable {

  static final BigDecimal TOP_UP = new BigDecimal("500.00");

  private final List<ChaosTenant> tenants;
  private final ClientSteps steps;
  private final WalletSteps wallet;
  private final Client client;
  private final Counts operations;
  private final Random random;
  private final AtomicBoolean stop;
  private final AtomicLong sequence;

  Workload(
      List<ChaosTenant> tenants,
      ClientSteps steps,
      WalletSteps wallet,
      Client client,
      Counts operations,
      long seed,
      AtomicBoolean stop,
      AtomicLong sequence) {
    this.tenants = tenants;
    this.steps = steps;
    this.wallet = wallet;
    this.client = client;
    this.operations = operations;
    this.random = new Random(seed);
    this.stop = stop;
    this.sequence = sequence;
  }

  @Override
  public void run() {
    while (!stop.get()) {
      ChaosTenant tenant = tenants.get(random.nextInt(tenants.size()));
      int roll = random.nextInt(100);
      if (roll < 80) {
        lifecycle(tenant);
      } else if (roll < 95) {
        batch(tenant);
      } else {
        deposit(tenant);
      }
    }
  }

  private void lifecycle(ChaosTenant tenant) {
    Optional<TrackedShipment> created =
        steps.create(tenant, References.next(random, sequence.incrementAndGet()));
    if (created.isEmpty() || !steps.rate(tenant, created.get()) || random.nextInt(100) < 8) {
      return; // a shipment the client never buys stays rated: a state of its own choosing
    }
    TrackedShipment shipment = created.get();
    steps.buy(tenant, shipment);
    if (shipment.buy() != Outcome.CONFIRMED) {
      return;
    }
    int next = random.nextInt(100);
    if (next < 30) {
      steps.voidLabel(tenant, shipment);
    } else if (next < 45) {
      steps.reroute(tenant, shipment);
    }
    steps.read(tenant, shipment);
  }

  private void batch(ChaosTenant tenant) {
    List<TrackedShipment> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      steps.create(tenant, "chaos-batch-" + sequence.incrementAndGet()).ifPresent(members::add);
    }
    if (members.isEmpty()) {
      return;
    }
    ObjectNode body = Json.object();
    ArrayNode ids = body.putArray("shipments");
    members.forEach(member -> ids.add(member.id()));
    operations.add("batch_create");
    String createKey = ClientSteps.key("batch");
    Optional<String> batchId =
        client
            .untilDefinitive(
                () -> tenant.api().post("/v1/batches").idempotencyKey(createKey).json(body),
                Client::settled,
                Duration.ofMinutes(2))
            .filter(response -> response.status() == 201)
            .map(response -> response.json().path("id").asText());
    if (batchId.isEmpty()) {
      return;
    }
    tenant.batchCreated(batchId.get());
    members.forEach(TrackedShipment::addedToBatch);
    operations.add("batch_buy");
    String buyKey = ClientSteps.key("batch-buy");
    client.untilDefinitive(
        () -> tenant.api().post("/v1/batches/" + batchId.get() + "/buy").idempotencyKey(buyKey),
        Client::settled,
        Duration.ofMinutes(2));
  }

  private void deposit(ChaosTenant tenant) {
    wallet.deposit(tenant, TOP_UP);
  }
}
