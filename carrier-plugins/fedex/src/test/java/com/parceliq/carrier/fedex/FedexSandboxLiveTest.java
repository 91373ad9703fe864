package com.parceliq.carrier.fedex;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.VoidRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: rates, buys and cancels a label on FedEx's real test environment
 * (https://apis-sandbox.fedex.com) when FEDEX_CLIENT_ID, FEDEX_CLIENT_SECRET and
 * FEDEX_ACCOUNT_NUMBER hold a developer-portal test project's API key, secret key and test account
 * number. Skipped otherwise.
 */
class FedexSandboxLiveTest {

  private CarrierPlugin plugin;

  @BeforeEach
  void connect() {
    String clientId = System.getenv("FEDEX_CLIENT_ID");
    String clientSecret = System.getenv("FEDEX_CLIENT_SECRET");
    String accountNumber = System.getenv("FEDEX_ACCOUNT_NUMBER");
    Assumptions.assumeTrue(
        clientId != null && clientSecret != null && accountNumber != null,
        "FedEx sandbox test skipped: set FEDEX_CLIENT_ID, FEDEX_CLIENT_SECRET and"
            + " FEDEX_ACCOUNT_NUMBER (a developer.fedex.com test project) to run it against"
            + " https://apis-sandbox.fedex.com");
    CarrierAccount account =
        new CarrierAccount(
            "ca_fedex_live",
            true,
            Map.of(
                "client_id", clientId,
                "client_secret", clientSecret,
                "account_number", accountNumber));
    plugin = new FedexCarrierPluginFactory().create(FedexFixtures.settings(Map.of()), account);
  }

  @Test
  void sandboxQuotesDomesticServices() {
    var rates =
        plugin.rate(
            new RateRequest(
                FedexFixtures.ALICE, FedexFixtures.BOB, FedexFixtures.PARCEL, "parceliq-live"));

    assertThat(rates).isNotEmpty();
    assertThat(rates).allSatisfy(rate -> assertThat(rate.amount().exceedsZero()).isTrue());
  }

  @Test
  void sandboxBuysAPdfGroundLabelAndCancelsIt() {
    PurchasedLabel label =
        plugin.purchase(
            new PurchaseRequest(
                UUID.randomUUID().toString(),
                FedexFixtures.ALICE,
                FedexFixtures.BOB,
                FedexFixtures.PARCEL,
                "ground",
                "parceliq-live",
                LabelFormat.PDF));

    assertThat(label.trackingCode()).isNotBlank();
    assertThat(label.labelFile()).isNotEmpty();

    var result =
        plugin.voidLabel(
            new VoidRequest(
                UUID.randomUUID().toString(),
                label.trackingCode(),
                label.carrierShipmentId(),
                null));
    assertThat(result.outcome()).isNotNull();
  }
}
