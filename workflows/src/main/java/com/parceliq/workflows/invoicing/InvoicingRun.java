package com.parceliq.workflows.invoicing;

/**
 * What a run issues.
 *
 * @param runId {@code ivr_...}; the schedule's runs pass null and use their workflow id
 * @param period {@code YYYY-MM}; null means the month before the run's start (the schedule's runs)
 * @param tenantId only this tenant (issued whether or not it is due); null means every due tenant
 * @param progress carried over by continue-as-new; null on the first run
 */
public record InvoicingRun(
    String runId, String period, String tenantId, InvoicingProgress progress) {

  /** The monthly run of the schedule: every due tenant, the previous month. */
  public static InvoicingRun scheduled() {
    return new InvoicingRun(null, null, null, null);
  }

  public static InvoicingRun requested(String runId, String period, String tenantId) {
    return new InvoicingRun(runId, period, tenantId, null);
  }
}
