package com.parceliq.api.claims;

import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.domain.IdPrefix;
import com.parceliq.workflows.claims.ClaimEvidence;
import com.parceliq.workflows.claims.NewClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Filing a claim: the request checked, the shipment resolved, the evidence put into S3, then the
 * claim's workflow started and awaited until the claim is recorded. The claim id derives from the
 * Idempotency-Key, so a retry after a crash reuses the same objects and joins the same workflow.
 */
@ApplicationScoped
public class ClaimCommands {

  @Inject ClaimSettings settings;
  @Inject ClaimShipments shipments;
  @Inject ClaimEvidenceStore evidence;
  @Inject ClaimWorkflows workflows;
  @Inject ClaimReads reads;

  public ClaimDto file(String tenantId, CreateClaimRequest request, String idempotencyKey) {
    ClaimRequests.Checked checked = ClaimRequests.check(request, settings.maxAmount());
    ClaimShipments.Label label = shipments.resolve(tenantId, checked.shipmentId());
    String claimId = KeyedIds.forRequest(IdPrefix.CLAIM, tenantId, idempotencyKey);
    List<ClaimEvidence> stored = evidence.upload(tenantId, claimId, checked.files());
    workflows.submit(
        new NewClaim(
            tenantId,
            claimId,
            label.shipmentId(),
            label.trackingCode(),
            label.carrier(),
            label.carrierAccountId(),
            checked.type(),
            checked.amount(),
            checked.description(),
            stored,
            settings.carrierPollInterval(),
            settings.decisionDeadline()));
    return reads.view(tenantId, claimId);
  }
}
