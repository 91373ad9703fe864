package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A reconciliation run: status pending → parsing → classifying → reporting → completed | failed,
 * its progress (bytes read, lines parsed, labels classified) and, once classified, the summary per
 * classification and the totals. {@code report} is set once the report CSV is in S3.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReconciliationRunDto(
    String id,
    String object,
    String status,
    String carrier,
    String format,
    String source,
    String invoiceNumber,
    Long objectBytes,
    long bytesRead,
    long linesParsed,
    long labelsClassified,
    JsonNode summary,
    String billedTotal,
    String expectedTotal,
    String postedTotal,
    ReportRef report,
    Failure failure,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt) {

  public static final String OBJECT = "ReconciliationRun";

  /** Where the report CSV is. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ReportRef(String bucket, String key) {}

  /** Why a run failed: RECONCILIATION.INVALID_FILE and the line at fault, typically. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Failure(String code, String message) {}
}
