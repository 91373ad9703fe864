package com.parceliq.api.ops.archival;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An operator's archival run: {@code status} is the workflow's (running, completed, failed,
 * canceled, terminated, timed_out); the counts are its progress so far.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArchivalRunDto(
    String id,
    String object,
    String status,
    Instant completedBefore,
    String tenantId,
    long pages,
    long shipmentsArchived,
    long bytesArchived,
    Instant startedAt,
    Instant finishedAt) {

  public static final String OBJECT = "ArchivalRun";
}
