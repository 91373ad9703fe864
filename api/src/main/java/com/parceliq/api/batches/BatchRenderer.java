package com.parceliq.api.batches;

import com.parceliq.api.shipments.LabelLinks;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.store.BatchEntity;
import com.parceliq.store.BatchShipments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Turns a batch's row, counts and members into its API shape. */
@ApplicationScoped
public class BatchRenderer {

  @Inject LabelLinks labelLinks;

  BatchDto render(
      BatchEntity batch, BatchCounts counts, int inFlight, List<BatchShipments.Member> members) {
    return new BatchDto(
        batch.id,
        BatchDto.OBJECT,
        batch.state,
        batch.reference,
        counts.total(),
        new BatchDto.Status(
            counts.queuedForPurchase(), counts.postagePurchased(), counts.postagePurchaseFailed()),
        inFlight,
        members == null ? null : members.stream().map(BatchRenderer::member).toList(),
        batch.carrier,
        batch.service,
        batch.labelKey == null ? null : labelLinks.downloadUrl(batch.labelBucket, batch.labelKey),
        batch.labelFormat,
        batch.scanFormId,
        batch.lastErrorCode,
        batch.lastErrorMessage,
        batch.createdAt,
        batch.updatedAt);
  }

  private static BatchDto.Member member(BatchShipments.Member member) {
    return new BatchDto.Member(
        member.shipmentId(),
        member.purchaseStatus(),
        member.errorMessage(),
        member.errorCode(),
        member.reference(),
        member.trackingCode());
  }
}
