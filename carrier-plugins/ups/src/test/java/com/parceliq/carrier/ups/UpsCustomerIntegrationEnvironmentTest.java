package com.parceliq.carrier.ups;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.domain.Address;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: calls UPS's real Customer Integration Environment (https://wwwcie.ups.com) with a test
 * account. Runs only when UPS_CLIENT_ID, UPS_CLIENT_SECRET and UPS_ACCOUNT_NUMBER are set; it only
 * rates and validates addresses (nothing is shipped or billed). CIE validates NY and CA only.
 */
class UpsCustomerIntegrationEnvironmentTest {

  private CarrierPlugin plugin;

  @BeforeEach
  void connect() {
    String clientId = System.getenv("UPS_CLIENT_ID");
    String secret = System.getenv("UPS_CLIENT_SECRET");
    String account = System.getenv("UPS_ACCOUNT_NUMBER");
    Assumptions.assumeTrue(
        clientId != null && secret != null && account != null,
        "skipped: set UPS_CLIENT_ID, UPS_CLIENT_SECRET and UPS_ACCOUNT_NUMBER (a developer.ups.com"
            + " app with the OAuth, Rating and Address Validation products) to call UPS's CIE");
    plugin =
        new UpsCarrierPluginFactory()
            .create(
                UpsFixtures.settings(Map.of()),
                new CarrierAccount(
                    "ca_ups_cie",
                    true,
                    Map.of(
                        UpsApi.CLIENT_ID, clientId,
                        UpsApi.CLIENT_SECRET, secret,
                        UpsApi.ACCOUNT_NUMBER, account)));
  }

  @Test
  void theTestEnvironmentRatesGroundFromCaliforniaToNewYork() {
    Address newYork =
        new Address(
            "Receiver", null, "20 W 34th St", null, "New York", "NY", "10001", "US", null, null);

    List<CarrierRate> rates =
        plugin.rate(new RateRequest(UpsFixtures.RECEIVER, newYork, UpsFixtures.PARCEL, "cie"));

    assertThat(rates).extracting(CarrierRate::service).contains("ground");
    assertThat(rates).allMatch(rate -> rate.amount().exceedsZero());
  }

  @Test
  void theTestEnvironmentValidatesACaliforniaAddress() {
    AddressValidation result = plugin.validateAddress(UpsFixtures.RECEIVER);

    assertThat(result.address().country()).isEqualTo("US");
  }
}
