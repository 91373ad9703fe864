package com.parceliq.carrier.ups;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.RerouteRequest;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class UpsCarrierPluginFactoryTest {

  @Test
  void theFactoryIsFoundUnderCarrierCodeUps() {
    assertThat(ServiceLoader.load(CarrierPluginFactory.class).stream())
        .extracting(provider -> provider.get().carrierCode())
        .contains("ups");
  }

  @Test
  void theDescriptorOffersWhatTheAdapterImplements() {
    CarrierDescriptor descriptor = new UpsCarrierPluginFactory().descriptor();

    assertThat(descriptor.code()).isEqualTo("ups");
    assertThat(descriptor.capabilities())
        .containsExactlyInAnyOrder(
            Capability.ADDRESS_VALIDATION,
            Capability.RATING,
            Capability.PURCHASE,
            Capability.VOID,
            Capability.TRACKING,
            Capability.PICKUP);
    assertThat(descriptor.labelFormats())
        .containsExactlyInAnyOrder(LabelFormat.PNG, LabelFormat.ZPL);
    assertThat(descriptor.credentialFields())
        .containsExactly("client_id", "client_secret", "account_number");
    assertThat(descriptor.requiresAccount()).isTrue();
    assertThat(descriptor.services()).contains("ground", "next_day_air", "worldwide_saver");
    assertThat(descriptor.services()).allMatch(token -> token.matches("[a-z0-9_]+"));
    assertThat(descriptor.limits().callTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aCapabilityUpsDoesNotOfferIsUnsupported() {
    var plugin =
        new UpsCarrierPluginFactory()
            .create(UpsFixtures.settings(Map.of()), UpsFixtures.account(false));

    try {
      plugin.reroute(new RerouteRequest("k", "1Z", UpsFixtures.RECEIVER, null));
    } catch (CarrierException e) {
      assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNSUPPORTED);
      return;
    }
    throw new AssertionError("reroute should be unsupported");
  }

  @Test
  void theAccountsToStringShowsNoSecret() {
    assertThat(UpsFixtures.account(false).toString()).doesNotContain(UpsFixtures.CLIENT_SECRET);
  }
}
