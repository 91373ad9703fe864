package com.parceliq.workflows.claims;

import com.parceliq.domain.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim as JSON (snake_case, money as decimal strings): the data of {@code claim.updated},
 * field for field what {@code GET /v1/claims/{id}} shows.
 */
public final class ClaimJson {

  public static final String OBJECT = "Claim";

  private ClaimJson() {}

  public static Map<String, Object> of(ClaimSnapshot claim) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", claim.claimId());
    data.put("object", OBJECT);
    data.put("shipment_id", claim.shipmentId());
    data.put("type", claim.type());
    data.put("status", claim.status());
    data.put("amount", claim.amount().toDecimalString());
    data.put("currency", claim.amount().currency());
    data.put("description", claim.description());
    data.put("carrier", claim.carrier());
    data.put("carrier_claim_id", claim.carrierClaimId());
    data.put("approved_amount", decimal(claim.approvedAmount()));
    data.put("decided_by", claim.decidedBy());
    data.put("decision_reason", claim.decisionReason());
    data.put("deadline_at", claim.deadlineAt().toString());
    data.put("needs_attention", claim.needsAttention());
    data.put("ledger_entry_id", claim.ledgerEntryId());
    data.put("evidence", evidence(claim.evidence()));
    data.put("created_at", claim.createdAt().toString());
    data.put("updated_at", claim.updatedAt().toString());
    return data;
  }

  private static List<Map<String, Object>> evidence(List<ClaimEvidence> files) {
    return files.stream()
        .map(
            file -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("position", file.position());
              item.put("filename", file.filename());
              item.put("content_type", file.contentType());
              item.put("size", file.size());
              item.put("sha256", file.sha256());
              item.put("bucket", file.bucket());
              item.put("key", file.key());
              return item;
            })
        .toList();
  }

  private static String decimal(Money money) {
    return money == null ? null : money.toDecimalString();
  }
}
