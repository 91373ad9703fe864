package com.parceliq.it.support;

import java.util.UUID;

/** Unique names and keys, so tests never collide with each other or with earlier runs. */
public final class Unique {

  private Unique() {}

  /** For example {@code it-buy-3f2a…}: prefixed so a stray key in the database is traceable. */
  public static String key(String purpose) {
    return "it-" + purpose + "-" + UUID.randomUUID();
  }
}
