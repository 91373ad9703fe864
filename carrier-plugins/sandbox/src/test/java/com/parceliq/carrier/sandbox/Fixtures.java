package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Recorded simulator answers and expected requests under {@code src/test/resources/fixtures}. */
final class Fixtures {

  static final Address ALICE =
      new Address("Alice", null, "1 Main St", null, "New York", "NY", "10001", "US", null, null);
  static final Address BOB =
      new Address(
          "Bob",
          "Acme",
          "2 Market St",
          "Suite 5",
          "San Francisco",
          "CA",
          "94105",
          "US",
          "+14155550100",
          null);
  static final Parcel PARCEL =
      new Parcel(new BigDecimal("20.5"), BigDecimal.TEN, new BigDecimal("8"), new BigDecimal("4"));

  private Fixtures() {}

  static JsonNode json(String name) {
    return SandboxJson.parse(bytes(name));
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request tree as the simulator will read it, so 20 and 20.0 compare equal. */
  static JsonNode asSent(JsonNode request) {
    try {
      return SandboxJson.MAPPER.readTree(SandboxJson.MAPPER.writeValueAsBytes(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
