package com.parceliq.activities.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.LabelFormat;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CarrierDirectoryActivitiesImplTest {

  private final CarrierPluginRegistry registry = mock(CarrierPluginRegistry.class);
  private final CarrierDirectoryActivitiesImpl directory =
      new CarrierDirectoryActivitiesImpl(registry);

  @BeforeEach
  void setUp() {
    // The registry lists codes sorted: "acme" comes before "sandbox".
    when(registry.codes()).thenReturn(new LinkedHashSet<>(List.of("acme", "sandbox")));
    plugin("acme", Set.of(Capability.RATING, Capability.PURCHASE));
    plugin("sandbox", Set.of(Capability.RATING, Capability.ADDRESS_VALIDATION));
  }

  @Test
  void addressValidatorsAreTheCarriersWithThatCapabilityOnly() {
    assertThat(directory.addressValidators("ten_1")).containsExactly("sandbox");
  }

  @Test
  void enabledCarriersAreTheCarriersThatRate() {
    assertThat(directory.enabledCarriers("ten_1")).containsExactly("acme", "sandbox");
  }

  private void plugin(String code, Set<Capability> capabilities) {
    CarrierDescriptor descriptor =
        new CarrierDescriptor(
            code,
            code,
            List.of("ground"),
            capabilities,
            Set.of(LabelFormat.PDF),
            List.of(),
            new CarrierLimits(1, 1, Duration.ofSeconds(1)));
    CarrierPlugin plugin = () -> descriptor;
    when(registry.find(code)).thenReturn(Optional.of(plugin));
  }
}
