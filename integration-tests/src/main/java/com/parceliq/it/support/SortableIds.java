package com.parceliq.it.support;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Public ids the way the platform mints them (a type prefix and a 26-character Crockford base32
 * ULID: 48 bits of milliseconds, 80 random bits), for fixture rows written straight to the
 * database. Lists page by id, so seeded ids must sort by their creation time like real ones.
 */
public final class SortableIds {

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SortableIds() {}

  /** An id created at {@code at}, e.g. {@code shp_01j…}. */
  public static String at(String prefix, Instant at) {
    char[] out = new char[26];
    long time = at.toEpochMilli();
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    for (int i = 10; i < 26; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(32)];
    }
    return prefix + "_" + new String(out);
  }
}
