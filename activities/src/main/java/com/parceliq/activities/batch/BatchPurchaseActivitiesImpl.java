package com.parceliq.activities.batch;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.workflows.ports.BatchItem;
import com.parceliq.workflows.ports.BatchItemOutcome;
import com.parceliq.workflows.ports.BatchPurchaseActivities;
import com.parceliq.workflows.ports.PreparedPurchase;
import com.parceliq.workflows.ports.QueuedShipment;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.shipment.BuyLabel;
import com.parceliq.workflows.shipment.ShipmentSnapshot;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Buys a batch's shipments one by one through each shipment's own workflow: rate, choose, buy, and
 * record the outcome in the batch. A refusal is an outcome, never a failed activity; only a
 * shipment busy with another operation (its owner buying it by hand, say) is retried later.
 */
@ApplicationScoped
public class BatchPurchaseActivitiesImpl implements BatchPurchaseActivities {

  /** Statuses a label was bought for: the batch counts the shipment as purchased. */
  private static final Set<ShipmentStatus> BOUGHT =
      EnumSet.of(
          ShipmentStatus.PURCHASED,
          ShipmentStatus.IN_TRANSIT,
          ShipmentStatus.OUT_FOR_DELIVERY,
          ShipmentStatus.DELIVERED,
          ShipmentStatus.COMPLETED,
          ShipmentStatus.REROUTED);

  @Inject ShipmentUpdates shipments;
  @Inject BatchRecords records;
  @Inject BatchEvents batchEvents;

  @Override
  public List<QueuedShipment> queuedAfter(
      String tenantId, String batchId, long afterPosition, int limit) {
    return records.queuedAfter(tenantId, batchId, afterPosition, limit);
  }

  @Override
  public PreparedPurchase prepare(BatchItem item) {
    Optional<BatchItemOutcome> settled = settledBefore(item);
    if (settled.isPresent()) {
      return PreparedPurchase.settled(recorded(item, settled.get()));
    }
    ShipmentWorkflow shipment = shipments.shipment(item.tenantId(), item.shipmentId());
    List<RateQuote> quotes;
    try {
      quotes = shipments.await(shipment::rate);
    } catch (WorkflowUpdateException refused) {
      return PreparedPurchase.settled(recorded(item, afterRefusal(item, refused)));
    }
    return cheapestFitting(item, quotes)
        .map(quote -> PreparedPurchase.ready(quote.rateId(), quote.carrier()))
        .orElseGet(
            () ->
                PreparedPurchase.settled(
                    recorded(
                        item,
                        BatchItemOutcome.failed(
                            item.shipmentId(),
                            ErrorCode.RATE_NOT_FOUND.code(),
                            "no rate " + wanted(item) + " for this shipment"))));
  }

  @Override
  public BatchItemOutcome buy(BatchItem item, String rateId) {
    ShipmentWorkflow shipment = shipments.shipment(item.tenantId(), item.shipmentId());
    BatchItemOutcome outcome;
    try {
      ShipmentSnapshot bought =
          shipments.await(
              shipment::buy, new BuyLabel(rateId, item.purchaseKey()), "buy:" + item.purchaseKey());
      outcome = BatchItemOutcome.purchased(item.shipmentId(), bought.carrier());
    } catch (WorkflowUpdateException refused) {
      outcome = afterRefusal(item, refused);
    } catch (WorkflowNotFoundException closed) {
      outcome = closed(item);
    }
    return recorded(item, outcome);
  }

  @Override
  public int failQueued(String tenantId, String batchId, String errorCode, String errorMessage) {
    return records.failQueued(tenantId, batchId, errorCode, errorMessage);
  }

  @Override
  public BatchCounts finish(String tenantId, String batchId, int round) {
    BatchRecords.FinishedRound finished = records.finish(tenantId, batchId);
    batchEvents.purchaseRound(tenantId, batchId, round, finished.state(), finished.counts());
    return finished.counts();
  }

  /** Nothing to buy: bought already (on its own, or by an earlier attempt), or past buying. */
  private Optional<BatchItemOutcome> settledBefore(BatchItem item) {
    ShipmentSnapshot snapshot;
    try {
      snapshot = shipments.snapshot(item.tenantId(), item.shipmentId());
    } catch (WorkflowNotFoundException closed) {
      return Optional.of(closed(item));
    }
    ShipmentStatus status = ShipmentStatus.fromWireName(snapshot.status());
    if (BOUGHT.contains(status)) {
      return Optional.of(BatchItemOutcome.purchased(item.shipmentId(), snapshot.carrier()));
    }
    if (status != ShipmentStatus.CREATED && status != ShipmentStatus.RATED) {
      return Optional.of(
          BatchItemOutcome.failed(
              item.shipmentId(),
              ErrorCode.SHIPMENT_INVALID_STATE.code(),
              "shipment is " + snapshot.status() + "; only created or rated shipments are bought"));
    }
    return Optional.empty();
  }

  /**
   * A state conflict may mean the shipment was bought meanwhile (then it counts as bought) or is
   * busy with another operation (then this step is retried later); any other refusal is the
   * shipment's own error.
   */
  private BatchItemOutcome afterRefusal(BatchItem item, WorkflowUpdateException refused) {
    ApplicationFailure failure = applicationFailure(refused);
    String code = failure == null ? ErrorCode.INTERNAL.code() : failure.getType();
    if (ErrorCode.SHIPMENT_INVALID_STATE.code().equals(code)) {
      Optional<BatchItemOutcome> settled = settledBefore(item);
      if (settled.isPresent()) {
        return settled.get();
      }
      throw ApplicationFailure.newFailure(
          "shipment " + item.shipmentId() + " is busy with another operation; retrying",
          ErrorCode.SHIPMENT_INVALID_STATE.code());
    }
    String message = failure == null ? refused.getMessage() : failure.getOriginalMessage();
    return BatchItemOutcome.failed(item.shipmentId(), code, message);
  }

  private BatchItemOutcome recorded(BatchItem item, BatchItemOutcome outcome) {
    records.record(item.tenantId(), item.batchId(), outcome);
    return outcome;
  }

  private static Optional<RateQuote> cheapestFitting(BatchItem item, List<RateQuote> quotes) {
    return quotes.stream()
        .filter(quote -> item.carrier() == null || item.carrier().equals(quote.carrier()))
        .filter(quote -> item.service() == null || item.service().equals(quote.service()))
        .min(Comparator.comparing(quote -> quote.amount().amount()));
  }

  private static String wanted(BatchItem item) {
    if (item.carrier() == null && item.service() == null) {
      return "at all";
    }
    return "of carrier "
        + (item.carrier() == null ? "any" : item.carrier())
        + " and service "
        + (item.service() == null ? "any" : item.service());
  }

  private static BatchItemOutcome closed(BatchItem item) {
    return BatchItemOutcome.failed(
        item.shipmentId(),
        ErrorCode.SHIPMENT_INVALID_STATE.code(),
        "shipment " + item.shipmentId() + " is closed and accepts no further operations");
  }

  private static ApplicationFailure applicationFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApplicationFailure application) {
        return application;
      }
    }
    return null;
  }
}
