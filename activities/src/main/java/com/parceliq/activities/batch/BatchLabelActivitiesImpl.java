package com.parceliq.activities.batch;

import com.parceliq.activities.label.LabelDocumentActivitiesImpl;
import com.parceliq.domain.batch.BatchState;
import com.parceliq.store.BatchEntity;
import com.parceliq.store.BatchShipments;
import com.parceliq.workflows.ports.BatchLabelActivities;
import com.parceliq.workflows.ports.LabelMerge;
import com.parceliq.workflows.ports.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;

/**
 * The batch label: the purchased shipments' label keys come from the database in pages (never
 * through workflow history, which 10,000 keys would bloat), and the merge itself is the label
 * document merger's.
 */
@ApplicationScoped
public class BatchLabelActivitiesImpl implements BatchLabelActivities {

  @Inject LabelDocumentActivitiesImpl documents;
  @Inject BatchEvents batchEvents;
  @Inject BatchRecords records;

  @Override
  public StoredDocument mergeBatchLabels(String tenantId, String batchId, String format) {
    String extension = format.toLowerCase(Locale.ROOT);
    return documents.mergeLabels(
        new LabelMerge(
            tenantId,
            format,
            tenantId + "/batches/" + batchId + "/label." + extension,
            records.labelKeys(tenantId, batchId)));
  }

  @Override
  public void labelGenerated(String tenantId, String batchId, StoredDocument document) {
    String state = records.labelGenerated(tenantId, batchId, document);
    batchEvents.labelGenerated(tenantId, batchId, state, document);
  }

  @Override
  @Transactional
  public void labelFailed(String tenantId, String batchId, String errorCode, String errorMessage) {
    BatchEntity batch = BatchRecords.locked(tenantId, batchId);
    if (BatchState.LABEL_GENERATING.wireName().equals(batch.state)) {
      batch.state = BatchShipments.counts(tenantId, batchId).restingState().wireName();
      batch.lastErrorCode = errorCode;
      batch.lastErrorMessage = errorMessage;
      batch.updatedAt = Instant.now();
    }
  }
}
