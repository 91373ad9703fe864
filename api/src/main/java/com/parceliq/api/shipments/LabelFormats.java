package com.parceliq.api.shipments;

import java.util.Locale;

/** The media type of each label format carriers produce. */
public final class LabelFormats {

  private LabelFormats() {}

  public static String normalize(String format) {
    return format == null ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
  }

  public static String mediaType(String format) {
    return switch (normalize(format)) {
      case "pdf" -> "application/pdf";
      case "png" -> "image/png";
      case "zpl" -> "application/zpl";
      case "epl2" -> "application/epl2";
      default -> "application/octet-stream";
    };
  }
}
