package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import java.util.List;

/**
 * The outcome of claiming shipments for a scan form. With problems, nothing was claimed; without,
 * every shipment is now on the scan form and this says what the carrier needs to manifest them.
 */
public record ScanFormClaim(
    List<ShipmentProblem> problems,
    String carrier,
    String carrierAccountId,
    Address from,
    List<String> trackingCodes) {

  public ScanFormClaim {
    problems = List.copyOf(problems);
    trackingCodes = List.copyOf(trackingCodes);
  }

  public static ScanFormClaim refused(List<ShipmentProblem> problems) {
    return new ScanFormClaim(problems, null, null, null, List.of());
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
