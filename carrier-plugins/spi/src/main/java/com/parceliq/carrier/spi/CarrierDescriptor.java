package com.parceliq.carrier.spi;

import java.util.List;
import java.util.Set;

/** Who a plugin is and what it offers. */
public record CarrierDescriptor(
    String code,
    String name,
    List<String> services,
    Set<Capability> capabilities,
    Set<LabelFormat> labelFormats) {

  public boolean supports(Capability capability) {
    return capabilities.contains(capability);
  }
}
