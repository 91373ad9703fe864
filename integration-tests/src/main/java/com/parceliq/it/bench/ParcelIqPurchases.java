package com.parceliq.it.bench;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * ParcelIQ's purchase as a client sees it: {@code POST /v1/shipments/{id}/buy} of a shipment that
 * was created and rated beforehand, timed from the request to the last byte of the answer.
 */
final class ParcelIqPurchases implements BenchTarget<RatedShipment> {

  /** Creating and rating is not what is measured: do it a few at a time to save wall time. */
  private static final int PREPARATION_CONCURRENCY = 4;

  /**
   * On a loaded machine a creation can outlast the API's wait (503 "still in progress"): the
   * preparation then makes another shipment instead of failing the run; it is not measured.
   */
  private static final int PREPARATION_ATTEMPTS = 5;

  private final Tenant tenant;

  ParcelIqPurchases(Tenant tenant) {
    this.tenant = tenant;
  }

  @Override
  public String name() {
    return "ParcelIQ";
  }

  /** Creates and rates shipments, then deposits exactly what their cheapest rates cost. */
  @Override
  public List<RatedShipment> prepare(int count) {
    ExecutorService preparers = Executors.newFixedThreadPool(PREPARATION_CONCURRENCY);
    try {
      List<Future<RatedShipment>> pending = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String reference = "bench-" + i;
        pending.add(preparers.submit(() -> createRated(reference)));
      }
      List<RatedShipment> shipments = new ArrayList<>(count);
      BigDecimal cost = BigDecimal.ZERO;
      for (Future<RatedShipment> shipment : pending) {
        RatedShipment rated = shipment.get();
        shipments.add(rated);
        cost = cost.add(rated.cheapestPrice());
      }
      tenant.deposit(cost.toPlainString());
      return shipments;
    } catch (Exception e) {
      throw new IllegalStateException("could not prepare shipments to buy", e);
    } finally {
      preparers.shutdownNow();
    }
  }

  private RatedShipment createRated(String reference) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tenant.createRatedShipment(reference);
      } catch (AssertionError | RuntimeException e) {
        if (attempt == PREPARATION_ATTEMPTS) {
          throw e;
        }
        System.out.println("preparation: " + e.getMessage() + "; making another shipment");
      }
    }
  }

  /** 200 purchased completes; the API's 202 (still running after its wait) is counted as such. */
  @Override
  public Outcome purchase(RatedShipment rated) {
    long started = System.nanoTime();
    try {
      ApiResponse response =
          tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("bench"));
      if (response.status() == 200 && response.json().path("status").asText().equals("purchased")) {
        return Outcome.completed(response.elapsed());
      }
      if (response.status() == 202) {
        return Outcome.stillRunning(response.elapsed(), response.toString());
      }
      return Outcome.failed(response.elapsed(), response.toString());
    } catch (RuntimeException | AssertionError e) {
      return Outcome.failed(Duration.ofNanos(System.nanoTime() - started), e.toString());
    }
  }

  /** The shipment workflow's id (temporal module, WorkflowIds) and the API's buy update ids. */
  @Override
  public WorkflowRef workflowOf(RatedShipment rated) {
    return new WorkflowRef("shipment:" + tenant.id() + ":" + rated.shipmentId(), "buy:");
  }
}
