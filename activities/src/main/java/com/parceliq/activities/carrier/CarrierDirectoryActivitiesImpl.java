package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.store.CarrierAccountEntity;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Which carriers a tenant can rate with: every platform carrier that needs no account (the
 * sandbox), plus each of the tenant's active carrier accounts whose carrier runs on this worker.
 */
@ApplicationScoped
public class CarrierDirectoryActivitiesImpl implements CarrierDirectoryActivities {

  private final CarrierPluginRegistry registry;

  @Inject
  public CarrierDirectoryActivitiesImpl(CarrierPluginRegistry registry) {
    this.registry = registry;
  }

  @Override
  @Transactional
  public List<CarrierChoice> ratingCarriers(String tenantId) {
    List<CarrierChoice> choices = new ArrayList<>();
    for (String code : registry.codes()) {
      if (registry.platformPlugin(code).isPresent() && canRate(code)) {
        choices.add(new CarrierChoice(code, null));
      }
    }
    for (CarrierAccountEntity account : CarrierAccountEntity.activeOfTenant(tenantId)) {
      if (canRate(account.carrier)) {
        choices.add(new CarrierChoice(account.carrier, account.id));
      }
    }
    return choices;
  }

  private boolean canRate(String code) {
    return registry
        .descriptor(code)
        .map(descriptor -> descriptor.supports(Capability.RATING))
        .orElse(false);
  }
}
