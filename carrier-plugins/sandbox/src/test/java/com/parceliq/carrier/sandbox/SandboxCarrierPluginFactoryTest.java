package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.carrier.spi.LabelFormat;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SandboxCarrierPluginFactoryTest {

  @Test
  void serviceLoaderFindsTheSandboxFactory() {
    assertThat(ServiceLoader.load(CarrierPluginFactory.class).stream())
        .extracting(provider -> provider.get().carrierCode())
        .contains("sandbox");
  }

  @Test
  void descriptorOffersEveryCapabilityServiceAndFormat() {
    CarrierDescriptor descriptor =
        new SandboxCarrierPluginFactory()
            .create(
                settings(Map.of("base-url", "http://127.0.0.1:8090")), CarrierAccount.platform())
            .descriptor();

    assertThat(descriptor.code()).isEqualTo("sandbox");
    assertThat(descriptor.name()).isEqualTo("ParcelIQ Sandbox");
    assertThat(descriptor.services()).containsExactly("ground", "express", "overnight");
    assertThat(descriptor.capabilities()).containsExactlyInAnyOrder(Capability.values());
    assertThat(descriptor.labelFormats()).containsExactlyInAnyOrder(LabelFormat.values());
    assertThat(descriptor.requiresAccount()).isFalse();
  }

  @Test
  void timeoutsDefaultTo2And10Seconds() {
    SandboxSettings parsed =
        SandboxSettings.from(settings(Map.of("base-url", "http://127.0.0.1:8090/")));

    assertThat(parsed.baseUrl().toString()).isEqualTo("http://127.0.0.1:8090");
    assertThat(parsed.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(parsed.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void missingBaseUrlOrBadTimeoutFailsAtCreation() {
    SandboxCarrierPluginFactory factory = new SandboxCarrierPluginFactory();

    assertThatThrownBy(() -> factory.create(settings(Map.of()), CarrierAccount.platform()))
        .hasMessageContaining("base-url");
    assertThatThrownBy(
            () ->
                factory.create(
                    settings(Map.of("base-url", "http://127.0.0.1", "request-timeout-ms", "soon")),
                    CarrierAccount.platform()))
        .hasMessageContaining("request-timeout-ms");
    assertThatThrownBy(
            () ->
                factory.create(settings(Map.of("base-url", "ftp://x")), CarrierAccount.platform()))
        .hasMessageContaining("http");
  }

  static CarrierSettings settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }
}
