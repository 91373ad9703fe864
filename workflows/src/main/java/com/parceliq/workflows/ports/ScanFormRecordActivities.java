package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The scan form read model and the claim of its shipments. Every call is idempotent: the scan form
 * workflow may repeat any of them.
 */
@ActivityInterface
public interface ScanFormRecordActivities {

  /**
   * Checks every shipment (the tenant's, purchased, same carrier, carrier account and origin, on no
   * other scan form) and, when all pass, records the scan form as {@code creating} with the
   * shipments claimed for it, in one transaction. Otherwise claims nothing and lists the problems.
   */
  ScanFormClaim claimShipments(String tenantId, String scanFormId, List<String> shipmentIds);

  /** Records the carrier's manifest and where its form is stored: the scan form is created. */
  void recordScanFormCreated(
      String tenantId, String scanFormId, String manifestId, StoredFile form);

  /** Records that the carrier did not manifest the shipments, and releases them. */
  void recordScanFormFailed(
      String tenantId, String scanFormId, String errorCode, String errorMessage);
}
