package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * A bought label without its file (the file is in object storage). {@code charged} is what the
 * tenant's wallet paid for it.
 */
public record BoughtLabelSummary(
    String carrier, String service, String trackingCode, String carrierShipmentId, Money charged) {

  public static BoughtLabelSummary of(BoughtLabel label, Money tenantCharge) {
    return new BoughtLabelSummary(
        label.carrier(),
        label.service(),
        label.trackingCode(),
        label.carrierShipmentId(),
        tenantCharge);
  }
}
