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
 * Which carriers a tenant can use for a capability: every platform carrier that needs no account
 * (the sandbox), then each of the tenant's active carrier accounts whose carrier runs on this
 * worker and offers it.
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
    return supporting(tenantId, Capability.RATING);
  }

  @Override
  @Transactional
  public List<CarrierChoice> addressValidators(String tenantId) {
    return supporting(tenantId, Capability.ADDRESS_VALIDATION);
  }

  private List<CarrierChoice> supporting(String tenantId, Capability capability) {
    List<CarrierChoice> choices = new ArrayList<>();
    for (String code : registry.codes()) {
      if (registry.platformPlugin(code).isPresent() && offers(code, capability)) {
        choices.add(new CarrierChoice(code, null));
      }
    }
    for (CarrierAccountEntity account : CarrierAccountEntity.activeOfTenant(tenantId)) {
      if (offers(account.carrier, capability)) {
        choices.add(new CarrierChoice(account.carrier, account.id));
      }
    }
    return choices;
  }

  private boolean offers(String code, Capability capability) {
    return registry
        .descriptor(code)
        .map(descriptor -> descriptor.supports(capability))
        .orElse(false);
  }
}
