package com.parceliq.carrier.fedex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PickupRequest;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class FedexCarrierPluginFactoryTest {

  @Test
  void serviceLoaderFindsTheFedexFactory() {
    assertThat(ServiceLoader.load(CarrierPluginFactory.class))
        .anySatisfy(factory -> assertThat(factory.carrierCode()).isEqualTo("fedex"));
  }

  @Test
  void descriptorListsWhatIsImplementedAndWhatTheAccountMustHold() {
    CarrierDescriptor descriptor = new FedexCarrierPluginFactory().descriptor();

    assertThat(descriptor.code()).isEqualTo("fedex");
    assertThat(descriptor.capabilities())
        .containsExactlyInAnyOrder(
            Capability.RATING, Capability.PURCHASE, Capability.VOID, Capability.TRACKING);
    assertThat(descriptor.labelFormats())
        .containsExactlyInAnyOrder(LabelFormat.PDF, LabelFormat.PNG, LabelFormat.ZPL);
    assertThat(descriptor.credentialFields())
        .containsExactly("client_id", "client_secret", "account_number");
    assertThat(descriptor.requiresAccount()).isTrue();
    assertThat(descriptor.services())
        .contains("ground", "home_delivery", "2day", "priority_overnight")
        .allSatisfy(token -> assertThat(token).isLowerCase());
    assertThat(descriptor.limits().callsPerSecond()).isLessThanOrEqualTo(140);
    assertThat(descriptor.limits().callTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void accountWithoutTheSecretCannotCreateAPlugin() {
    CarrierAccount incomplete =
        new CarrierAccount(
            "ca_fedex_2", false, Map.of("client_id", "id", "account_number", "740561073"));

    CarrierException e =
        catchThrowableOfType(
            CarrierException.class,
            () ->
                new FedexCarrierPluginFactory()
                    .create(FedexFixtures.settings(Map.of()), incomplete));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
    assertThat(e.fieldErrors())
        .containsExactly(new FieldError("credentials.client_secret", "is required"));
  }

  @Test
  void pluginShowsNoCredentialInItsDescription() {
    var plugin =
        new FedexCarrierPluginFactory()
            .create(FedexFixtures.settings(Map.of()), FedexFixtures.account(false));

    assertThat(plugin.toString())
        .doesNotContain(
            FedexFixtures.CLIENT_ID, FedexFixtures.CLIENT_SECRET, FedexFixtures.ACCOUNT_NUMBER);
  }

  @Test
  void capabilityOutOfScopeIsUnsupported() {
    var plugin =
        new FedexCarrierPluginFactory()
            .create(FedexFixtures.settings(Map.of()), FedexFixtures.account(false));

    CarrierException e =
        catchThrowableOfType(
            CarrierException.class,
            () ->
                plugin.schedulePickup(
                    new PickupRequest("k", FedexFixtures.ALICE, null, null, null, null, null)));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNSUPPORTED);
  }
}
