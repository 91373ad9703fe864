package com.parceliq.domain.batch;

/** How many of a batch's shipments stand where: the batch's {@code status} object. */
public record BatchCounts(
    long queuedForPurchase, long postagePurchased, long postagePurchaseFailed) {

  public static final BatchCounts NONE = new BatchCounts(0, 0, 0);

  public long total() {
    return queuedForPurchase + postagePurchased + postagePurchaseFailed;
  }

  /**
   * The state a batch settles in when no workflow works on it: anything still queued needs a buy,
   * any failure is reported as such, and a batch whose every shipment is bought is purchased.
   */
  public BatchState restingState() {
    if (queuedForPurchase > 0 || total() == 0) {
      return BatchState.CREATED;
    }
    return postagePurchaseFailed > 0 ? BatchState.PURCHASE_FAILED : BatchState.PURCHASED;
  }
}
