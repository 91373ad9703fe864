package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A page of the tenant's reconciliation runs, newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReconciliationRunList(
    List<ReconciliationRunDto> reconciliationRuns, boolean hasMore) {}
