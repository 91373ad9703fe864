package com.parceliq.workflows.batch;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.ports.BatchItem;
import com.parceliq.workflows.ports.BatchItemOutcome;
import com.parceliq.workflows.ports.BatchPurchaseActivities;
import com.parceliq.workflows.ports.PreparedPurchase;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The sliding window of one page: at most {@code window} shipments in flight, at most {@code
 * perCarrier} of them buying from the same carrier; a slot is refilled as soon as one frees. Once
 * the batch is stopping no new shipment enters and a prepared one does not buy.
 */
final class PurchaseWindow {

  private final BatchPurchaseActivities activities;
  private final BatchLimits limits;
  private final BatchTally tally;
  private final Consumer<StopReason> stop;
  private final BooleanSupplier stopping;
  private final Map<String, Integer> buyingPerCarrier = new HashMap<>();
  private int inFlight;

  PurchaseWindow(
      BatchPurchaseActivities activities,
      BatchLimits limits,
      BatchTally tally,
      BooleanSupplier stopping,
      Consumer<StopReason> stop) {
    this.activities = activities;
    this.limits = limits;
    this.tally = tally;
    this.stopping = stopping;
    this.stop = stop;
  }

  int inFlight() {
    return inFlight;
  }

  void run(List<BatchItem> page) {
    List<Promise<Void>> running = new ArrayList<>();
    for (BatchItem item : page) {
      Workflow.await(() -> inFlight < limits.window());
      if (stopping.getAsBoolean()) {
        break;
      }
      inFlight++;
      running.add(Async.procedure(() -> purchase(item)));
    }
    Promise.allOf(running).get();
  }

  private void purchase(BatchItem item) {
    try {
      PreparedPurchase prepared = activities.prepare(item);
      if (prepared.isSettled()) {
        record(prepared.settled());
        return;
      }
      String carrier = prepared.carrier();
      Workflow.await(() -> stopping.getAsBoolean() || buying(carrier) < limits.perCarrier());
      if (stopping.getAsBoolean()) {
        return;
      }
      buyingPerCarrier.merge(carrier, 1, Integer::sum);
      try {
        record(activities.buy(item, prepared.rateId()));
      } finally {
        buyingPerCarrier.merge(carrier, -1, Integer::sum);
      }
    } finally {
      inFlight--;
    }
  }

  private void record(BatchItemOutcome outcome) {
    tally.record(outcome);
    // An empty wallet fails every later purchase too: stop asking, and fail the rest at once.
    if (outcome.result() == BatchItemOutcome.Result.FAILED
        && ErrorCode.WALLET_INSUFFICIENT_FUNDS.code().equals(outcome.errorCode())) {
      stop.accept(
          new StopReason(
              ErrorCode.WALLET_INSUFFICIENT_FUNDS.code(),
              "not bought: the wallet ran out of funds during the batch; add funds with POST"
                  + " /v1/wallet/deposits and buy the batch again"));
    }
  }

  private int buying(String carrier) {
    return buyingPerCarrier.getOrDefault(carrier, 0);
  }
}
