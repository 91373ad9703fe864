package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Which carriers a tenant can rate with, and which can validate its addresses. For now every tenant
 * gets the platform's plugins with the capability asked for (the sandbox carrier); tenants' own
 * carrier accounts will be added to these lists.
 */
@ApplicationScoped
public class CarrierDirectoryActivitiesImpl implements CarrierDirectoryActivities {

  private final CarrierPluginRegistry registry;

  @Inject
  public CarrierDirectoryActivitiesImpl(CarrierPluginRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<String> enabledCarriers(String tenantId) {
    return supporting(Capability.RATING);
  }

  @Override
  public List<String> addressValidators(String tenantId) {
    return supporting(Capability.ADDRESS_VALIDATION);
  }

  private List<String> supporting(Capability capability) {
    return registry.codes().stream()
        .filter(code -> registry.find(code).orElseThrow().descriptor().supports(capability))
        .toList();
  }
}
