package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.store.CarrierCatalogEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes the carriers this worker runs into {@code carrier_catalog}, so the API, which loads no
 * plugin, can check a new carrier account against what its carrier needs.
 */
@ApplicationScoped
public class CarrierCatalogPublisher {

  private final CarrierPluginRegistry registry;

  @Inject
  public CarrierCatalogPublisher(CarrierPluginRegistry registry) {
    this.registry = registry;
  }

  @Transactional
  public void publish() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    for (String code : registry.codes()) {
      CarrierDescriptor descriptor = registry.descriptor(code).orElseThrow();
      CarrierCatalogEntity row =
          CarrierCatalogEntity.byCode(code).orElseGet(CarrierCatalogEntity::new);
      row.code = code;
      row.name = descriptor.name();
      row.services = descriptor.services();
      row.capabilities = descriptor.capabilities().stream().map(Enum::name).sorted().toList();
      row.credentialFields = descriptor.credentialFields();
      row.updatedAt = now;
      row.persist();
    }
  }
}
