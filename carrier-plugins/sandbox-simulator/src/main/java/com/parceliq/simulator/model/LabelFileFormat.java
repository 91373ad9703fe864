package com.parceliq.simulator.model;

import java.util.Locale;
import java.util.Optional;

/** Label file formats the simulator renders. */
public enum LabelFileFormat {
  PDF("application/pdf"),
  ZPL("application/zpl"),
  PNG("image/png");

  private final String mediaType;

  LabelFileFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Absent means PDF, the format every carrier offers. */
  public static Optional<LabelFileFormat> fromWire(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(PDF);
    }
    for (LabelFileFormat format : values()) {
      if (format.wireName().equalsIgnoreCase(value.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
