package com.parceliq.api.claims;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code POST /v1/claims}: {@code amount} (a decimal string) for a {@code lost}, {@code damaged} or
 * {@code delayed} parcel of {@code shipment_id}, with up to five evidence files inline.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateClaimRequest(
    String shipmentId,
    String type,
    String amount,
    String description,
    List<EvidenceUpload> evidence) {

  /** One evidence file: its name, media type and bytes in (standard) base64. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record EvidenceUpload(String filename, String contentType, String data) {}
}
