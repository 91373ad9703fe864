package com.parceliq.temporal;

/** Workflow ids carry the tenant, so ids of two tenants never collide. */
public final class WorkflowIds {

  private WorkflowIds() {}

  public static String shipment(String tenantId, String shipmentId) {
    return "shipment:" + tenantId + ":" + shipmentId;
  }

  public static String deposit(String tenantId, String depositId) {
    return "deposit:" + tenantId + ":" + depositId;
  }

  /** {@code adjustmentId} is unique per tenant (derived from the operator's idempotency key). */
  public static String adjustment(String tenantId, String adjustmentId) {
    return "adjustment:" + tenantId + ":" + adjustmentId;
  }

  /**
   * {@code checkId} is fresh per request: a validation changes nothing, so none is deduplicated.
   */
  public static String addressValidation(String tenantId, String checkId) {
    return "address-validation:" + tenantId + ":" + checkId;
  }

  public static String batch(String tenantId, String batchId) {
    return "batch:" + tenantId + ":" + batchId;
  }

  public static String batchLabel(String tenantId, String batchId) {
    return "batch-label:" + tenantId + ":" + batchId;
  }

  public static String scanForm(String tenantId, String scanFormId) {
    return "scan-form:" + tenantId + ":" + scanFormId;
  }

  public static String pickup(String tenantId, String pickupId) {
    return "pickup:" + tenantId + ":" + pickupId;
  }

  /** One delivery of one event to one webhook endpoint (a replay is a new delivery). */
  public static String webhookDelivery(String tenantId, String deliveryId) {
    return "webhook-delivery:" + tenantId + ":" + deliveryId;
  }

  public static String webhookReplay(String tenantId, String replayId) {
    return "webhook-replay:" + tenantId + ":" + replayId;
  }

  /**
   * An archival run started by an operator. Platform-wide (a run may span tenants), so no tenant in
   * the id; the schedule's runs are named by the schedule ({@code archival-<timestamp>}).
   */
  public static String archivalRun(String runId) {
    return "archival:" + runId;
  }

  /** One carrier invoice of one tenant reconciled ({@code rec_...}). */
  public static String reconciliation(String tenantId, String runId) {
    return "reconciliation:" + tenantId + ":" + runId;
  }

  /** One claim's life, from submission to payout ({@code clm_...}). */
  public static String claim(String tenantId, String claimId) {
    return "claim:" + tenantId + ":" + claimId;
  }

  /**
   * A tenant invoicing run started by an operator ({@code ivr_...}); platform-wide like archival.
   * The schedule's runs are named by the schedule ({@code tenant-invoices-<timestamp>}).
   */
  public static String invoiceRun(String runId) {
    return "invoice-run:" + runId;
  }
}
