package com.parceliq.simulator.state;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Carrier-side identifiers. Random rather than sequential so codes never repeat across a {@code
 * reset} or a restart, which matters because ParcelIQ stores them with unique constraints.
 */
public final class RandomIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TRACKING_DIGITS = 12;

  private RandomIds() {}

  /** {@code prefix_} followed by 16 hex digits, such as {@code sbxshp_4f0c2a9e61b7d380}. */
  public static String id(String prefix) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return prefix + "_" + HexFormat.of().formatHex(bytes);
  }

  /** {@code SBX} and twelve digits: Code 39 encodes it and it reads well over the phone. */
  public static String trackingCode() {
    StringBuilder code = new StringBuilder("SBX");
    for (int i = 0; i < TRACKING_DIGITS; i++) {
      code.append(RANDOM.nextInt(10));
    }
    return code.toString();
  }
}
