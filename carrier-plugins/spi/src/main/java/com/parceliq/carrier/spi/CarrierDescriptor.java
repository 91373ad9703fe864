package com.parceliq.carrier.spi;

import java.util.List;
import java.util.Set;

/**
 * Who a plugin is and what it offers.
 *
 * @param code the carrier code used everywhere ({@code ups}, {@code sandbox}); lower case
 * @param credentialFields the credentials a tenant's carrier account must hold; empty for a carrier
 *     the platform offers on its own contract (no account needed)
 * @param limits how hard the carrier may be called
 */
public record CarrierDescriptor(
    String code,
    String name,
    List<String> services,
    Set<Capability> capabilities,
    Set<LabelFormat> labelFormats,
    List<String> credentialFields,
    CarrierLimits limits) {

  public CarrierDescriptor {
    services = List.copyOf(services);
    capabilities = Set.copyOf(capabilities);
    labelFormats = Set.copyOf(labelFormats);
    credentialFields = List.copyOf(credentialFields);
  }

  public boolean supports(Capability capability) {
    return capabilities.contains(capability);
  }

  /** Whether tenants must bring their own carrier account to use this carrier. */
  public boolean requiresAccount() {
    return !credentialFields.isEmpty();
  }
}
