package com.parceliq.workflows.ports;

import com.parceliq.domain.batch.BatchCounts;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The batch purchase's steps. Each shipment is bought through its own workflow (the buy update,
 * with the shipment's saga), never around it: a shipment bought on its own during the batch is
 * found bought, not bought twice. Each step records its outcome in the batch's rows.
 */
@ActivityInterface
public interface BatchPurchaseActivities {

  /** Up to {@code limit} shipments still queued after {@code afterPosition}, in batch order. */
  List<QueuedShipment> queuedAfter(String tenantId, String batchId, long afterPosition, int limit);

  /** Rates the shipment when it has not been bought yet and chooses the cheapest fitting rate. */
  PreparedPurchase prepare(BatchItem item);

  /** Buys the chosen rate through the shipment's workflow and waits, heartbeating, for the end. */
  BatchItemOutcome buy(BatchItem item, String rateId);

  /** Fails every shipment still queued with one reason (the wallet ran dry, a cancel). */
  int failQueued(String tenantId, String batchId, String errorCode, String errorMessage);

  /** Ends the purchase: the batch takes its resting state from its rows; emits batch.updated. */
  BatchCounts finish(String tenantId, String batchId, int round);
}
