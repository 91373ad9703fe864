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
}
