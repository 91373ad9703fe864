package com.parceliq.api.claims;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A claim (CONTRACT section 3): {@code status} submitted, filed, approved, denied or paid; money as
 * decimal strings. The same fields as the data of {@code claim.updated}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClaimDto(
    String id,
    String object,
    String shipmentId,
    String type,
    String status,
    String amount,
    String currency,
    String description,
    String carrier,
    String carrierClaimId,
    String approvedAmount,
    String decidedBy,
    String decisionReason,
    Instant deadlineAt,
    boolean needsAttention,
    String ledgerEntryId,
    List<Evidence> evidence,
    Instant createdAt,
    Instant updatedAt) {

  public static final String OBJECT = "Claim";

  /** One evidence file and where it is stored. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Evidence(
      int position,
      String filename,
      String contentType,
      long size,
      String sha256,
      String bucket,
      String key) {}
}
