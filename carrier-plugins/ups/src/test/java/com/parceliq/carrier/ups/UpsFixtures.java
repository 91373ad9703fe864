package com.parceliq.carrier.ups;

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

/** Test accounts, addresses and the request / answer files under src/test/resources/fixtures. */
final class UpsFixtures {

  static final String CLIENT_ID = "parceliq-client";
  static final String CLIENT_SECRET = "s3cr3t-never-logged";
  static final String ACCOUNT_NUMBER = "A1B2C3";

  static final Address SHIPPER =
      new Address(
          "Alice Shipper",
          "ParcelIQ Test Co",
          "2311 York Rd",
          null,
          "Timonium",
          "MD",
          "21093",
          "US",
          "+1 410-555-0100",
          null);
  static final Address RECEIVER =
      new Address(
          "Bob Receiver",
          null,
          "26601 Aliso Creek Rd",
          "Ste D",
          "Aliso Viejo",
          "CA",
          "92656",
          "US",
          "949-555-0199",
          "bob@example.com");

  /** 20.5 oz (1.28125 lb, sent as 1.3) in a 10 x 8 x 4 in box. */
  static final Parcel PARCEL =
      new Parcel(new BigDecimal("20.5"), BigDecimal.TEN, new BigDecimal("8"), new BigDecimal("4"));

  private UpsFixtures() {}

  static CarrierAccount account(boolean testMode) {
    return new CarrierAccount(
        "ca_ups_1",
        testMode,
        Map.of(
            UpsApi.CLIENT_ID, CLIENT_ID,
            UpsApi.CLIENT_SECRET, CLIENT_SECRET,
            UpsApi.ACCOUNT_NUMBER, ACCOUNT_NUMBER));
  }

  static CarrierSettings settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = UpsFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
