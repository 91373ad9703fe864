package com.parceliq.api.scanforms;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A scan form: the carrier's manifest of purchased shipments. {@code form_url} is a presigned link
 * to the printable form, valid for an hour (null until the form exists).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScanFormDto(
    String id,
    String object,
    String status,
    String carrier,
    String carrierAccountId,
    List<String> shipments,
    List<String> trackingCodes,
    String formUrl,
    String formFileType,
    String message,
    Instant createdAt,
    Instant updatedAt) {

  public static final String OBJECT = "ScanForm";
}
