package com.parceliq.api.ops.invoicing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * An invoicing run: {@code status} is the workflow's (running, completed, failed, canceled,
 * terminated, timed_out); the counts are its progress so far. A failed run lists the tenants whose
 * statements did not balance; every other tenant's was issued.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvoiceRunDto(
    String id,
    String object,
    String status,
    String period,
    String tenantId,
    int tenantsDone,
    int issued,
    int alreadyIssued,
    List<String> unbalancedTenants,
    Instant startedAt,
    Instant finishedAt) {

  public static final String OBJECT = "InvoiceRun";
}
