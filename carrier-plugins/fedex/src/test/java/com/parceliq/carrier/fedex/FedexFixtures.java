package com.parceliq.carrier.fedex;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Test data and the files under {@code src/test/resources/fixtures}. */
final class FedexFixtures {

  static final String CLIENT_ID = "test-client-id";
  static final String CLIENT_SECRET = "test-client-secret";
  static final String ACCOUNT_NUMBER = "740561073";

  static final Address ALICE =
      new Address(
          "Alice Shipper",
          "Acme Widgets",
          "1 Main St",
          "Suite 100",
          "Memphis",
          "TN",
          "38125",
          "US",
          "9015550100",
          "alice@example.com");
  static final Address BOB =
      new Address(
          "Bob Receiver",
          null,
          "20 Oak Ave",
          null,
          "Austin",
          "TX",
          "78701",
          "US",
          "5125550199",
          null);

  /** 20.5 oz = 1.28125 lb, declared as 1.3 lb; 8.2 in declared as 9 in. */
  static final Parcel PARCEL =
      new Parcel(
          new BigDecimal("20.5"), BigDecimal.TEN, new BigDecimal("8.2"), new BigDecimal("4"));

  private FedexFixtures() {}

  static CarrierAccount account(boolean testMode) {
    return new CarrierAccount(
        "ca_fedex_1",
        testMode,
        Map.of(
            "client_id", CLIENT_ID,
            "client_secret", CLIENT_SECRET,
            "account_number", ACCOUNT_NUMBER));
  }

  static CarrierSettings settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = FedexFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
