package com.parceliq.api.http;

import com.parceliq.api.error.ApiException;
import java.util.Locale;

/** A boolean query parameter: absent or empty is false; anything but true/false is a 422. */
public final class Flags {

  private Flags() {}

  public static boolean parse(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.invalidField(name, "must be true or false");
    };
  }
}
