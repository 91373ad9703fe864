package com.parceliq.api.batches;

import com.parceliq.api.http.Paging;
import com.parceliq.api.scanforms.ScanFormDto;
import com.parceliq.api.scanforms.ScanForms;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.domain.batch.BatchState;
import com.parceliq.store.BatchEntity;
import com.parceliq.workflows.batch.BatchProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Batch operations: membership changes are database work under the batch's lock; a buy commits the
 * new round first and then starts its workflow; reads take live counts from the running purchase
 * and the rest from the database.
 */
@ApplicationScoped
public class BatchCommands {

  @Inject Batches batches;
  @Inject BatchWorkflows workflows;
  @Inject BatchRenderer renderer;
  @Inject ScanForms scanForms;

  public BatchDto create(String tenantId, BatchBody body) {
    return view(tenantId, batches.create(tenantId, body));
  }

  public BatchDto add(String tenantId, String batchId, BatchShipmentsBody body) {
    batches.add(tenantId, batchId, body);
    return view(tenantId, batchId);
  }

  public BatchDto remove(String tenantId, String batchId, BatchShipmentsBody body) {
    batches.remove(tenantId, batchId, body);
    return view(tenantId, batchId);
  }

  public BatchDto buy(String tenantId, String batchId, BatchRateChoice body) {
    workflows.startPurchase(batches.beginPurchase(tenantId, batchId, body));
    return view(tenantId, batchId);
  }

  public BatchDto label(String tenantId, String batchId, String format) {
    batches.beginLabel(tenantId, batchId, format);
    workflows.startLabel(tenantId, batchId, format);
    return view(tenantId, batchId);
  }

  /** The batch's purchased shipments on one scan form, keyed by the batch so it is made once. */
  public BatchDto scanForm(String tenantId, String batchId) {
    List<String> shipments = batches.purchasedShipments(tenantId, batchId);
    if (shipments.isEmpty()) {
      throw Batches.invalidState(
          batches.find(tenantId, batchId),
          "none of its shipments is bought, so none can be manifested");
    }
    ScanFormDto form = scanForms.create(tenantId, shipments, "batch-scan-form:" + batchId);
    batches.scanFormCreated(tenantId, batchId, form.id());
    return view(tenantId, batchId);
  }

  public BatchDto cancel(String tenantId, String batchId) {
    batches.requirePurchasing(tenantId, batchId);
    workflows.cancel(tenantId, batchId);
    return view(tenantId, batchId);
  }

  public BatchDto view(String tenantId, String batchId) {
    BatchEntity batch = batches.find(tenantId, batchId);
    Optional<BatchProgress> live =
        BatchState.PURCHASING.wireName().equals(batch.state)
            ? workflows.progress(tenantId, batchId)
            : Optional.empty();
    BatchCounts counts =
        live.map(BatchProgress::counts).orElseGet(() -> batches.counts(tenantId, batchId));
    return renderer.render(
        batch,
        counts,
        live.map(BatchProgress::inFlight).orElse(0),
        batches.members(tenantId, batchId));
  }

  public BatchList list(String tenantId, Paging paging) {
    List<BatchEntity> fetched = batches.page(tenantId, paging);
    return new BatchList(
        paging.pageOf(fetched).stream()
            .map(batch -> renderer.render(batch, batches.counts(tenantId, batch.id), 0, null))
            .toList(),
        paging.hasMore(fetched));
  }
}
