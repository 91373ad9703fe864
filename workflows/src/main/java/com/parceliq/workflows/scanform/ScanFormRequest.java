package com.parceliq.workflows.scanform;

import java.util.List;

/** A scan form to make of the tenant's shipments, in the order given. */
public record ScanFormRequest(String tenantId, String scanFormId, List<String> shipmentIds) {

  public ScanFormRequest {
    shipmentIds = List.copyOf(shipmentIds);
  }
}
