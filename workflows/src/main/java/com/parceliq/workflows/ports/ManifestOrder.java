package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import java.util.List;

/**
 * A manifest (scan form) to ask a carrier for: the labels' tracking codes, handed over from {@code
 * from}, on the tenant's carrier account ({@code null}: the platform's own). The carrier
 * deduplicates by {@code idempotencyKey}.
 */
public record ManifestOrder(
    String tenantId,
    String carrier,
    String carrierAccountId,
    String idempotencyKey,
    Address from,
    List<String> trackingCodes) {

  public ManifestOrder {
    trackingCodes = List.copyOf(trackingCodes);
  }
}
