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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class CarrierPluginRegistryTest {

  private final Config config = mock(Config.class);
  private final AtomicReference<CarrierSettings> settingsSeen = new AtomicReference<>();
  private final List<CarrierAccount> accountsSeen = new ArrayList<>();

  private CarrierPluginFactory factory(String code, List<String> credentialFields) {
    CarrierDescriptor descriptor =
        new CarrierDescriptor(
            code,
            code,
            List.of("ground"),
            Set.of(Capability.RATING),
            Set.of(),
            credentialFields,
            new CarrierLimits(4, 10, Duration.ofSeconds(5)));
    return new CarrierPluginFactory() {
      @Override
      public CarrierDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
        settingsSeen.set(settings);
        accountsSeen.add(account);
        return () -> descriptor;
      }
    };
  }

  @Test
  void discoveredPluginsReadTheirSettingsUnderTheirOwnPrefix() {
    when(config.getPropertyNames()).thenReturn(List.of("parceliq.carriers.sandbox.base-url"));
    when(config.getOptionalValue("parceliq.carriers.sandbox.base-url", String.class))
        .thenReturn(Optional.of("http://127.0.0.1:8090"));

    var registry = new CarrierPluginRegistry(List.of(factory("sandbox", List.of())), config);

    assertThat(registry.codes()).containsExactly("sandbox");
    assertThat(registry.platformPlugin("sandbox")).isPresent();
    assertThat(settingsSeen.get().get("base-url")).contains("http://127.0.0.1:8090");
  }

  @Test
  void aCarrierNeedingAccountsHasNoPlatformInstanceAndOneInstancePerAccount() {
    when(config.getPropertyNames()).thenReturn(List.of());
    var registry = new CarrierPluginRegistry(List.of(factory("ups", List.of("client_id"))), config);
    CarrierAccount first = new CarrierAccount("ca_1", true, Map.of("client_id", "a"));
    CarrierAccount second = new CarrierAccount("ca_2", false, Map.of("client_id", "b"));

    CarrierPlugin firstPlugin = registry.accountPlugin("ups", first).orElseThrow();

    assertThat(registry.platformPlugin("ups")).isEmpty();
    assertThat(registry.accountPlugin("ups", first)).containsSame(firstPlugin);
    assertThat(registry.accountPlugin("ups", second).orElseThrow()).isNotSameAs(firstPlugin);
    assertThat(registry.cachedAccountPlugin("ca_1")).containsSame(firstPlugin);
    assertThat(accountsSeen).containsExactly(first, second);
    assertThat(registry.accountPlugin("fedex", first)).isEmpty();
  }

  @Test
  void aConfiguredCarrierWithoutAPluginFailsStartupNamingIt() {
    when(config.getPropertyNames())
        .thenReturn(List.of("parceliq.carriers.sandbox.base-url", "parceliq.carriers.dhl.api-key"));

    assertThatThrownBy(
            () -> new CarrierPluginRegistry(List.of(factory("sandbox", List.of())), config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[dhl]")
        .hasMessageContaining("plugins found: [sandbox]");
  }

  @Test
  void twoPluginsClaimingOneCodeFailStartup() {
    when(config.getPropertyNames()).thenReturn(List.of());

    assertThatThrownBy(
            () ->
                new CarrierPluginRegistry(
                    List.of(factory("sandbox", List.of()), factory("sandbox", List.of())), config))
        .hasMessageContaining("sandbox");
  }

  @Test
  void noPluginAtAllFailsStartup() {
    when(config.getPropertyNames()).thenReturn(List.of());

    assertThatThrownBy(() -> new CarrierPluginRegistry(List.of(), config))
        .hasMessageContaining("no carrier plugin");
  }
}
