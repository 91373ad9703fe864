package com.parceliq.workflows.archival;

import java.time.Instant;

/**
 * A run's progress, as the {@code progress} query and {@code GET /v1/ops/archival/runs/{id}} show
 * it.
 *
 * @param state {@code running} or {@code completed}
 * @param completedBefore the run's cutoff; null when each tenant's retention applies
 * @param tenantCursor the last tenant id fully archived (tenants go in id order); null before the
 *     first
 * @param currentTenantId the tenant being archived now; null between tenants and when done
 * @param tenantsDone tenants finished
 * @param pages page objects written and indexed
 * @param shipmentsArchived shipments moved to S3 (their hot rows deleted)
 * @param bytesArchived compressed bytes written to S3
 */
public record ArchivalProgress(
    String runId,
    String state,
    Instant completedBefore,
    String tenantCursor,
    String currentTenantId,
    int tenantsDone,
    long pages,
    long shipmentsArchived,
    long bytesArchived,
    Instant startedAt,
    Instant finishedAt) {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";
}
