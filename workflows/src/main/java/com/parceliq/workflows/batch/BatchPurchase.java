package com.parceliq.workflows.batch;

import com.parceliq.domain.batch.BatchCounts;

/**
 * The input of one run of a batch purchase, and what it hands the next run when it continues as
 * new: where the cursor stands and the counts so far (a stopping run finishes instead). {@code
 * carrier} and {@code service} optionally restrict the rate each shipment is bought at (else the
 * cheapest); {@code round} numbers the buys of this batch.
 */
public record BatchPurchase(
    String tenantId,
    String batchId,
    int round,
    String carrier,
    String service,
    BatchLimits limits,
    long afterPosition,
    BatchCounts counts) {

  public static BatchPurchase start(
      String tenantId,
      String batchId,
      int round,
      String carrier,
      String service,
      BatchLimits limits,
      BatchCounts counts) {
    return new BatchPurchase(tenantId, batchId, round, carrier, service, limits, 0L, counts);
  }

  BatchPurchase next(long afterPosition, BatchCounts counts) {
    return new BatchPurchase(
        tenantId, batchId, round, carrier, service, limits, afterPosition, counts);
  }

  /** The buy key of a shipment in this round: a new round is a new attempt, never a replay. */
  String purchaseKey(String shipmentId) {
    return "batch:" + batchId + ":" + round + ":" + shipmentId;
  }
}
