package com.parceliq.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The carrier adapters' own test fixtures (built from the carriers' published examples), for
 * whatever plays a carrier outside the adapters' unit tests: the ITs' carrier stub and the rating
 * benchmark.
 */
public final class CarrierFixtures {

  private CarrierFixtures() {}

  /** {@code carrier-plugins/<carrier>/src/test/resources/fixtures/<path>}. */
  public static byte[] read(String carrier, String path) {
    try {
      return Files.readAllBytes(
          RepositoryRoot.find()
              .resolve("carrier-plugins/" + carrier + "/src/test/resources/fixtures/" + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
