package com.parceliq.api.batches;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.domain.batch.BatchState;
import com.parceliq.store.BatchEntity;
import com.parceliq.store.BatchShipments;
import com.parceliq.workflows.batch.BatchPurchase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's batches in the database. Every change takes the batch's row lock and checks the state
 * under it, so a buy and an added shipment never both pass; while a workflow works on the batch
 * (purchasing, generating its label) its shipments are fixed.
 */
@ApplicationScoped
public class Batches {

  @Inject BatchSettings settings;

  @Transactional
  public String create(String tenantId, BatchBody body) {
    List<String> shipments = BatchMembers.joinable(tenantId, null, body.shipments());
    BatchEntity row = new BatchEntity();
    row.id = Ids.newId(IdPrefix.BATCH);
    row.tenantId = tenantId;
    row.state = BatchState.CREATED.wireName();
    row.reference = body.reference();
    row.createdAt = now();
    row.updatedAt = row.createdAt;
    row.persistAndFlush();
    BatchShipments.add(tenantId, row.id, shipments);
    return row.id;
  }

  @Transactional
  public void add(String tenantId, String batchId, BatchShipmentsBody body) {
    BatchEntity batch = lockedIdle(tenantId, batchId);
    List<String> joining = BatchMembers.joinable(tenantId, batchId, body.shipments());
    Set<String> present = new HashSet<>(BatchShipments.batchesOf(tenantId, joining).keySet());
    BatchShipments.add(
        tenantId, batchId, joining.stream().filter(id -> !present.contains(id)).toList());
    changed(batch);
  }

  @Transactional
  public void remove(String tenantId, String batchId, BatchShipmentsBody body) {
    BatchEntity batch = lockedIdle(tenantId, batchId);
    List<String> ids = body.shipments() == null ? List.of() : body.shipments();
    Set<String> members =
        new HashSet<>(
            BatchShipments.batchesOf(tenantId, ids).entrySet().stream()
                .filter(entry -> entry.getValue().equals(batchId))
                .map(entry -> entry.getKey())
                .toList());
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!members.contains(ids.get(i))) {
        errors.add(new FieldError("shipments[" + i + "]", "not a shipment of this batch"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          ErrorCode.REQUEST_INVALID, "Some shipments are not in the batch.", errors);
    }
    BatchShipments.remove(tenantId, batchId, ids);
    changed(batch);
  }

  /**
   * Opens a new purchase round and returns the workflow's input; the caller starts the workflow
   * after this commits. A batch already purchasing returns its current round's input again, so a
   * buy repeated after a crash starts the very same workflow (or finds it running).
   */
  @Transactional
  public BatchPurchase beginPurchase(String tenantId, String batchId, BatchRateChoice body) {
    BatchEntity batch = locked(tenantId, batchId);
    BatchState state = BatchState.fromWireName(batch.state);
    if (state == BatchState.PURCHASING) {
      return purchaseInput(batch, BatchShipments.counts(tenantId, batchId));
    }
    if (state != BatchState.CREATED && state != BatchState.PURCHASE_FAILED) {
      throw invalidState(batch, "only created or purchase_failed batches can be bought");
    }
    BatchShipments.requeueFailed(tenantId, batchId);
    BatchCounts counts = BatchShipments.counts(tenantId, batchId);
    if (counts.queuedForPurchase() == 0) {
      throw new ApiException(
          ErrorCode.BATCH_INVALID_STATE, "Batch " + batchId + " has no shipment left to buy.");
    }
    batch.purchaseRound++;
    batch.carrier = body == null ? null : blankToNull(body.carrier());
    batch.service = body == null ? null : blankToNull(body.service());
    batch.state = BatchState.PURCHASING.wireName();
    batch.lastErrorCode = null;
    batch.lastErrorMessage = null;
    batch.updatedAt = now();
    return purchaseInput(batch, counts);
  }

  /**
   * Marks the batch as generating its label in {@code format}; only a batch with purchased
   * shipments, and nothing else running, can have one.
   */
  @Transactional
  public void beginLabel(String tenantId, String batchId, String format) {
    BatchEntity batch = locked(tenantId, batchId);
    BatchState state = BatchState.fromWireName(batch.state);
    if (state != BatchState.PURCHASED
        && state != BatchState.PURCHASE_FAILED
        && state != BatchState.LABEL_GENERATED) {
      throw invalidState(batch, "only a bought batch can have a label");
    }
    if (BatchShipments.counts(tenantId, batchId).postagePurchased() == 0) {
      throw invalidState(batch, "none of its shipments is bought, so there is no label to merge");
    }
    batch.state = BatchState.LABEL_GENERATING.wireName();
    batch.labelFormat = format;
    batch.lastErrorCode = null;
    batch.lastErrorMessage = null;
    batch.updatedAt = now();
  }

  /** The shipments a batch's scan form covers: its purchased ones. */
  @Transactional
  public List<String> purchasedShipments(String tenantId, String batchId) {
    find(tenantId, batchId);
    return BatchShipments.purchased(tenantId, batchId);
  }

  @Transactional
  public void scanFormCreated(String tenantId, String batchId, String scanFormId) {
    BatchEntity batch = locked(tenantId, batchId);
    batch.scanFormId = scanFormId;
    batch.updatedAt = now();
  }

  /** The batch, for a cancel: only a purchasing batch can be cancelled. */
  @Transactional
  public void requirePurchasing(String tenantId, String batchId) {
    BatchEntity batch = find(tenantId, batchId);
    if (!BatchState.PURCHASING.wireName().equals(batch.state)) {
      throw invalidState(batch, "only a purchasing batch can be cancelled");
    }
  }

  @Transactional
  public BatchEntity find(String tenantId, String batchId) {
    return BatchEntity.ofTenant(tenantId, batchId)
        .orElseThrow(() -> ApiException.notFound("batch", batchId));
  }

  @Transactional
  public BatchCounts counts(String tenantId, String batchId) {
    return BatchShipments.counts(tenantId, batchId);
  }

  @Transactional
  public List<BatchShipments.Member> members(String tenantId, String batchId) {
    return BatchShipments.members(tenantId, batchId);
  }

  @Transactional
  public List<BatchEntity> page(String tenantId, Paging paging) {
    return BatchEntity.page(tenantId, paging.beforeId(), paging.fetchSize());
  }

  private BatchPurchase purchaseInput(BatchEntity batch, BatchCounts counts) {
    return BatchPurchase.start(
        batch.tenantId,
        batch.id,
        batch.purchaseRound,
        batch.carrier,
        batch.service,
        settings.limits(),
        counts);
  }

  /** After shipments joined or left: the batch rests where its shipments say; a label is stale. */
  private static void changed(BatchEntity batch) {
    batch.state = BatchShipments.counts(batch.tenantId, batch.id).restingState().wireName();
    batch.labelBucket = null;
    batch.labelKey = null;
    batch.labelFormat = null;
    batch.updatedAt = now();
  }

  private static BatchEntity lockedIdle(String tenantId, String batchId) {
    BatchEntity batch = locked(tenantId, batchId);
    if (BatchState.fromWireName(batch.state).isBusy()) {
      throw invalidState(batch, "its shipments cannot change until that ends");
    }
    return batch;
  }

  private static BatchEntity locked(String tenantId, String batchId) {
    return BatchEntity.lockedOfTenant(tenantId, batchId)
        .orElseThrow(() -> ApiException.notFound("batch", batchId));
  }

  static ApiException invalidState(BatchEntity batch, String why) {
    return new ApiException(
        ErrorCode.BATCH_INVALID_STATE,
        "Batch " + batch.id + " is " + batch.state + "; " + why + ".");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
