package com.parceliq.activities.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.activities.metrics.QuoteMetrics;
import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.domain.Address;
import com.parceliq.workflows.ports.AddressCheck;
import com.parceliq.workflows.ports.AddressCheckResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CarrierActivitiesImpl#validateAddress}: the carrier's verdict, or a typed failure. */
class CarrierAddressValidationTest {

  private static final Address GIVEN =
      new Address("Jo", null, "9 elm st", null, "portland", "OR", "97201-1234", "US", null, null);
  private static final Address NORMALIZED =
      new Address("Jo", null, "9 ELM ST", null, "PORTLAND", "OR", "97201", "US", null, null);

  private final CarrierPlugin plugin = mock(CarrierPlugin.class);
  private final CarrierPluginRegistry registry = mock(CarrierPluginRegistry.class);
  private CarrierActivitiesImpl activities;

  @BeforeEach
  void setUp() {
    when(registry.platformPlugin("sandbox")).thenReturn(Optional.of(plugin));
    when(registry.platformPlugin("nope")).thenReturn(Optional.empty());
    activities =
        new CarrierActivitiesImpl(
            new CarrierAccountPlugins(registry, null),
            new CarrierCalls(registry, new SimpleMeterRegistry()),
            new QuoteCache(Duration.ofMinutes(5), new QuoteMetrics(new SimpleMeterRegistry())),
            Duration.ofMinutes(15));
  }

  @Test
  void aVerifiedAddressComesBackAsTheCarrierNormalizedIt() {
    when(plugin.validateAddress(GIVEN))
        .thenReturn(new AddressValidation(NORMALIZED, true, List.of()));

    AddressCheckResult result = activities.validateAddress(check("sandbox"));

    assertThat(result).isEqualTo(new AddressCheckResult("sandbox", NORMALIZED, true, List.of()));
    verify(plugin).validateAddress(GIVEN);
  }

  @Test
  void anAddressTheCarrierCannotVerifyIsAnUnverifiedResultWithItsErrors() {
    when(plugin.validateAddress(GIVEN))
        .thenReturn(
            new AddressValidation(
                GIVEN, false, List.of(new FieldError("zip", "must be a US ZIP code"))));

    AddressCheckResult result = activities.validateAddress(check("sandbox"));

    assertThat(result.verified()).isFalse();
    assertThat(result.address()).isEqualTo(GIVEN);
    assertThat(result.errors())
        .containsExactly(new AddressCheckResult.Problem("zip", "must be a US ZIP code"));
  }

  @Test
  void aCarrierOutageIsARetryableCarrierUnavailableFailure() {
    when(plugin.validateAddress(GIVEN))
        .thenThrow(new CarrierException("sandbox", CarrierErrorKind.UNAVAILABLE, "503", List.of()));

    assertThatThrownBy(() -> activities.validateAddress(check("sandbox")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo("CARRIER.UNAVAILABLE");
              assertThat(failure.isNonRetryable()).isFalse();
            });
  }

  @Test
  void aCarrierWithoutTheCapabilityIsANonRetryableUnsupportedFailure() {
    when(plugin.validateAddress(GIVEN))
        .thenThrow(
            new CarrierException(
                "sandbox",
                CarrierErrorKind.UNSUPPORTED,
                "sandbox does not support address_validation",
                List.of()));

    assertThatThrownBy(() -> activities.validateAddress(check("sandbox")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo("CARRIER.UNSUPPORTED");
              assertThat(failure.isNonRetryable()).isTrue();
            });
  }

  @Test
  void anUnknownCarrierIsRefusedWithoutRetrying() {
    assertThatThrownBy(() -> activities.validateAddress(check("nope")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, failure -> assertThat(failure.isNonRetryable()).isTrue());
  }

  private static AddressCheck check(String carrier) {
    return new AddressCheck("ten_1", carrier, null, GIVEN);
  }
}
