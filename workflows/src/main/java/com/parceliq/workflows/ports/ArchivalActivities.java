package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.time.Instant;
import java.util.List;

/** The archival workflow's steps: which tenants, from when, and moving one page to S3. */
@ActivityInterface
public interface ArchivalActivities {

  /** How the workflow paces itself, from the workers' configuration. */
  ArchivalLimits archivalLimits();

  /** Up to {@code limit} tenant ids after {@code afterTenantId} (null: from the first), by id. */
  List<String> archivalTenants(String afterTenantId, int limit);

  /**
   * The instant before which the tenant's finished shipments are archived: now minus its retention
   * ({@code tenants.archive_retention_days}, else the platform default).
   */
  Instant archivalCutoff(String tenantId);

  /**
   * Moves the next page of the tenant's eligible shipments (ids after {@code afterShipmentId},
   * null: from the first) to S3: writes the page object, reads it back to verify it, then deletes
   * the hot rows and writes their index rows in one transaction. Heartbeats the step reached, so a
   * retry resumes there and never archives a shipment twice. A page with nothing selected is the
   * end of the tenant.
   */
  ArchivedPage archivePage(String tenantId, Instant cutoff, String runId, String afterShipmentId);
}
