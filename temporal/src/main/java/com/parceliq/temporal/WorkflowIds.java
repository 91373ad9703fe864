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
}
