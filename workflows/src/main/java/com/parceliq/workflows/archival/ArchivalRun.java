package com.parceliq.workflows.archival;

import java.time.Instant;

/**
 * What a run archives.
 *
 * @param runId {@code arc_...}; the schedule's runs pass null and use their workflow id
 * @param completedBefore archive shipments in a final state last changed before this instant; null
 *     means each tenant's own retention (the schedule's daily runs)
 * @param tenantId only this tenant; null means every tenant
 * @param progress carried over by continue-as-new; null on the first run
 */
public record ArchivalRun(
    String runId, Instant completedBefore, String tenantId, ArchivalProgress progress) {

  /** The daily run of the schedule: every tenant, each by its own retention. */
  public static ArchivalRun scheduled() {
    return new ArchivalRun(null, null, null, null);
  }

  public static ArchivalRun requested(String runId, Instant completedBefore, String tenantId) {
    return new ArchivalRun(runId, completedBefore, tenantId, null);
  }
}
