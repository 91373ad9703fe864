package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Which carriers a tenant can rate with. For now every tenant gets the platform's plugins that can
 * rate (the sandbox carrier); tenants' own carrier accounts will be added to this list.
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
    return registry.codes().stream()
        .filter(code -> registry.find(code).orElseThrow().descriptor().supports(Capability.RATING))
        .toList();
  }
}
