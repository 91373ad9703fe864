package com.parceliq.workflows.batch;

import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.workflows.ports.BatchItem;
import com.parceliq.workflows.ports.BatchItemOutcome;
import com.parceliq.workflows.ports.BatchPurchaseActivities;
import com.parceliq.workflows.ports.PreparedPurchase;
import com.parceliq.workflows.ports.QueuedShipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory batch behind the batch activities: shipments in order, each with the carrier its
 * cheapest rate is from and the outcome its purchase will have. It records what was bought and how
 * many purchases ran at once, overall and per carrier.
 */
final class FakeBatchShipments implements BatchPurchaseActivities {

  private final Map<String, Planned> planned = new LinkedHashMap<>();
  private final Map<String, BatchItemOutcome.Result> results = new HashMap<>();
  private final List<String> bought = new ArrayList<>();
  private final Map<String, Integer> buyingPerCarrier = new HashMap<>();
  private final Map<String, Integer> mostBuyingPerCarrier = new HashMap<>();
  private int inFlight;
  private int mostInFlight;
  private int finishes;
  private String failedQueuedWith;
  private long buyMillis;
  private CountDownLatch gate;
  private String gatedShipment;

  private record Planned(long position, String carrier, String failureCode) {}

  synchronized FakeBatchShipments shipment(String id, String carrier) {
    return shipment(id, carrier, null);
  }

  synchronized FakeBatchShipments shipment(String id, String carrier, String failureCode) {
    planned.put(id, new Planned(planned.size() + 1, carrier, failureCode));
    return this;
  }

  synchronized FakeBatchShipments buyTakes(long millis) {
    this.buyMillis = millis;
    return this;
  }

  /** The purchase of {@code shipmentId} waits until {@link #openGate()}. */
  synchronized CountDownLatch gateOn(String shipmentId) {
    gatedShipment = shipmentId;
    gate = new CountDownLatch(1);
    return gate;
  }

  void openGate() {
    gate.countDown();
  }

  synchronized BatchCounts counts() {
    return new BatchCounts(planned.size(), 0, 0);
  }

  @Override
  public synchronized List<QueuedShipment> queuedAfter(
      String tenantId, String batchId, long afterPosition, int limit) {
    return planned.entrySet().stream()
        .filter(entry -> entry.getValue().position() > afterPosition)
        .filter(entry -> !results.containsKey(entry.getKey()))
        .limit(limit)
        .map(entry -> new QueuedShipment(entry.getKey(), entry.getValue().position()))
        .toList();
  }

  @Override
  public PreparedPurchase prepare(BatchItem item) {
    synchronized (this) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
    }
    return PreparedPurchase.ready("rate_" + item.shipmentId(), planned(item).carrier());
  }

  @Override
  public BatchItemOutcome buy(BatchItem item, String rateId) {
    String carrier = planned(item).carrier();
    CountDownLatch waitFor;
    synchronized (this) {
      int buying = buyingPerCarrier.merge(carrier, 1, Integer::sum);
      mostBuyingPerCarrier.merge(carrier, buying, Math::max);
      waitFor = item.shipmentId().equals(gatedShipment) ? gate : null;
    }
    try {
      if (waitFor != null) {
        waitFor.await(30, TimeUnit.SECONDS);
      }
      Thread.sleep(buyMillis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      buyingPerCarrier.merge(carrier, -1, Integer::sum);
      inFlight--;
      String failure = planned(item).failureCode();
      BatchItemOutcome outcome =
          failure == null
              ? BatchItemOutcome.purchased(item.shipmentId(), carrier)
              : BatchItemOutcome.failed(item.shipmentId(), failure, "refused: " + failure);
      results.put(item.shipmentId(), outcome.result());
      if (failure == null) {
        bought.add(item.shipmentId());
      }
      return outcome;
    }
  }

  @Override
  public synchronized int failQueued(
      String tenantId, String batchId, String errorCode, String errorMessage) {
    failedQueuedWith = errorCode;
    int failed = 0;
    for (String id : planned.keySet()) {
      if (!results.containsKey(id)) {
        results.put(id, BatchItemOutcome.Result.FAILED);
        failed++;
      }
    }
    return failed;
  }

  @Override
  public synchronized BatchCounts finish(String tenantId, String batchId, int round) {
    finishes++;
    long purchased =
        results.values().stream().filter(r -> r == BatchItemOutcome.Result.PURCHASED).count();
    long failed =
        results.values().stream().filter(r -> r == BatchItemOutcome.Result.FAILED).count();
    return new BatchCounts(planned.size() - purchased - failed, purchased, failed);
  }

  synchronized List<String> bought() {
    return List.copyOf(bought);
  }

  synchronized int finishes() {
    return finishes;
  }

  synchronized String failedQueuedWith() {
    return failedQueuedWith;
  }

  synchronized int mostInFlight() {
    return mostInFlight;
  }

  synchronized int mostBuyingFrom(String carrier) {
    return mostBuyingPerCarrier.getOrDefault(carrier, 0);
  }

  private synchronized Planned planned(BatchItem item) {
    return planned.get(item.shipmentId());
  }
}
