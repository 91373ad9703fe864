package com.parceliq.domain;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Generates public ids: a type prefix and a 26-character Crockford base32 ULID. Ids sort by
 * creation time, which lets lists page with {@code before_id}. Uses a clock and randomness, so
 * never call it from workflow code: ids are made at the edge or in activities.
 */
public final class Ids {

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static String newId(IdPrefix prefix) {
    return newId(prefix, Clock.systemUTC());
  }

  static String newId(IdPrefix prefix, Clock clock) {
    long time = clock.millis();
    byte[] entropy = new byte[10];
    RANDOM.nextBytes(entropy);
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    long high = 0;
    for (int i = 0; i < 5; i++) {
      high = (high << 8) | (entropy[i] & 0xff);
    }
    long low = 0;
    for (int i = 5; i < 10; i++) {
      low = (low << 8) | (entropy[i] & 0xff);
    }
    for (int i = 17; i >= 10; i--) {
      out[i] = ALPHABET[(int) (high & 31)];
      high >>>= 5;
    }
    for (int i = 25; i >= 18; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low >>>= 5;
    }
    return prefix.prefix() + "_" + new String(out);
  }
}
