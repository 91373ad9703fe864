package com.parceliq.carrier.usps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.VoidRequest;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class UspsCarrierPluginFactoryTest {

  @Test
  void serviceLoaderFindsTheUspsFactory() {
    assertThat(ServiceLoader.load(CarrierPluginFactory.class).stream())
        .extracting(provider -> provider.get().carrierCode())
        .contains("usps");
  }

  @Test
  void descriptorListsWhatTheAdapterImplements() {
    CarrierDescriptor descriptor = new UspsCarrierPluginFactory().descriptor();

    assertThat(descriptor.code()).isEqualTo("usps");
    assertThat(descriptor.services())
        .containsExactly("ground_advantage", "priority", "priority_express");
    assertThat(descriptor.capabilities())
        .containsExactlyInAnyOrder(
            Capability.RATING,
            Capability.PURCHASE,
            Capability.VOID,
            Capability.TRACKING,
            Capability.MANIFEST);
    assertThat(descriptor.labelFormats())
        .containsExactlyInAnyOrder(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG);
    assertThat(descriptor.credentialFields())
        .containsExactly(
            "client_id", "client_secret", "crid", "mid", "manifest_mid", "eps_account_number");
    assertThat(descriptor.requiresAccount()).isTrue();
    assertThat(descriptor.limits().callsPerSecond()).isPositive();
  }

  @Test
  void capabilityUspsLacksIsUnsupported() {
    CarrierPlugin plugin =
        new UspsCarrierPluginFactory().create(key -> Optional.empty(), UspsFixtures.testAccount());

    assertThatThrownBy(() -> plugin.refundStatus(new VoidRequest("k", "1", "1", null)))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNSUPPORTED));
    assertThat(plugin.descriptor().supports(Capability.ADDRESS_VALIDATION)).isFalse();
  }
}
