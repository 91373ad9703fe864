package com.parceliq.carrier.usps;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: rates a parcel against the real USPS test environment (https://apis-tem.usps.com). Runs
 * only when USPS_CLIENT_ID, USPS_CLIENT_SECRET and USPS_EPS_ACCOUNT_NUMBER are set (from a USPS
 * Developer Portal app with the Prices API and an EPS account); USPS_CRID, USPS_MID and
 * USPS_MANIFEST_MID are passed along when present. Spends no money: rating only.
 */
class UspsTestEnvironmentTest {

  @Test
  void ratesAParcelInTheUspsTestEnvironment() {
    String clientId = System.getenv("USPS_CLIENT_ID");
    String clientSecret = System.getenv("USPS_CLIENT_SECRET");
    String eps = System.getenv("USPS_EPS_ACCOUNT_NUMBER");
    Assumptions.assumeTrue(
        clientId != null && clientSecret != null && eps != null,
        "skipped: set USPS_CLIENT_ID, USPS_CLIENT_SECRET and USPS_EPS_ACCOUNT_NUMBER to rate"
            + " against the USPS test environment (apis-tem.usps.com)");
    Map<String, String> credentials = new HashMap<>();
    credentials.put(UspsCredentials.CLIENT_ID, clientId);
    credentials.put(UspsCredentials.CLIENT_SECRET, clientSecret);
    credentials.put(UspsCredentials.EPS_ACCOUNT_NUMBER, eps);
    putEnv(credentials, UspsCredentials.CRID, "USPS_CRID");
    putEnv(credentials, UspsCredentials.MID, "USPS_MID");
    putEnv(credentials, UspsCredentials.MANIFEST_MID, "USPS_MANIFEST_MID");
    CarrierAccount account = new CarrierAccount("ca_usps_opt_in", true, credentials);

    List<CarrierRate> rates =
        new UspsCarrierPluginFactory()
            .create(key -> Optional.empty(), account)
            .rate(new RateRequest(UspsFixtures.ALICE, UspsFixtures.BOB, UspsFixtures.PARCEL, null));

    assertThat(rates)
        .isNotEmpty()
        .allSatisfy(rate -> assertThat(rate.amount().exceedsZero()).isTrue());
  }

  private static void putEnv(Map<String, String> credentials, String field, String variable) {
    String value = System.getenv(variable);
    if (value != null) {
      credentials.put(field, value);
    }
  }
}
