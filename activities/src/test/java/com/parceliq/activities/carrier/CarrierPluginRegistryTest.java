package com.parceliq.activities.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class CarrierPluginRegistryTest {

  private final Config config = mock(Config.class);
  private final AtomicReference<CarrierSettings> settingsSeen = new AtomicReference<>();

  private CarrierPluginFactory factory(String code) {
    CarrierDescriptor descriptor =
        new CarrierDescriptor(
            code,
            code,
            List.of("ground"),
            Set.of(Capability.RATING),
            Set.of(),
            List.of(),
            new CarrierLimits(10, 10, java.time.Duration.ofSeconds(30)));
    return new CarrierPluginFactory() {
      @Override
      public CarrierDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
        settingsSeen.set(settings);
        return () -> descriptor;
      }
    };
  }

  @Test
  void discoveredPluginsReadTheirSettingsUnderTheirOwnPrefix() {
    when(config.getPropertyNames()).thenReturn(List.of("parceliq.carriers.sandbox.base-url"));
    when(config.getOptionalValue("parceliq.carriers.sandbox.base-url", String.class))
        .thenReturn(Optional.of("http://127.0.0.1:8090"));

    var registry = new CarrierPluginRegistry(List.of(factory("sandbox")), config);

    assertThat(registry.codes()).containsExactly("sandbox");
    assertThat(registry.find("sandbox")).isPresent();
    assertThat(settingsSeen.get().get("base-url")).contains("http://127.0.0.1:8090");
  }

  @Test
  void aConfiguredCarrierWithoutAPluginFailsStartupNamingIt() {
    when(config.getPropertyNames())
        .thenReturn(List.of("parceliq.carriers.sandbox.base-url", "parceliq.carriers.ups.api-key"));

    assertThatThrownBy(() -> new CarrierPluginRegistry(List.of(factory("sandbox")), config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[ups]")
        .hasMessageContaining("plugins found: [sandbox]");
  }

  @Test
  void twoPluginsClaimingOneCodeFailStartup() {
    when(config.getPropertyNames()).thenReturn(List.of());

    assertThatThrownBy(
            () ->
                new CarrierPluginRegistry(List.of(factory("sandbox"), factory("sandbox")), config))
        .hasMessageContaining("sandbox");
  }

  @Test
  void noPluginAtAllFailsStartup() {
    when(config.getPropertyNames()).thenReturn(List.of());

    assertThatThrownBy(() -> new CarrierPluginRegistry(List.of(), config))
        .hasMessageContaining("no carrier plugin");
  }
}
