package com.parceliq.workflows.scanform;

import com.parceliq.workflows.ports.ScanFormClaim;
import com.parceliq.workflows.ports.StoredFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of {@code scan_form.created}: the scan form as the API shows it, without the
 * form's link (it expires; GET the scan form for a fresh one).
 */
final class ScanFormEventData {

  static final String OBJECT = "ScanForm";

  private ScanFormEventData() {}

  static Map<String, Object> of(
      String scanFormId, List<String> shipmentIds, ScanFormClaim claim, StoredFile form) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", OBJECT);
    data.put("id", scanFormId);
    data.put("status", "created");
    data.put("carrier", claim.carrier());
    data.put("carrier_account_id", claim.carrierAccountId());
    data.put("shipments", List.copyOf(shipmentIds));
    data.put("tracking_codes", claim.trackingCodes());
    data.put("form_file_type", form.format());
    return data;
  }
}
