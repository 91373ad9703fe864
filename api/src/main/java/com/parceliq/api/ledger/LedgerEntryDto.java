package com.parceliq.api.ledger;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LedgerEntryDto(
    String id,
    String object,
    String kind,
    String amount,
    String currency,
    String shipmentId,
    String pickupId,
    String description,
    Instant createdAt,
    List<PostingDto> postings) {

  public static final String OBJECT = "LedgerEntry";
}
