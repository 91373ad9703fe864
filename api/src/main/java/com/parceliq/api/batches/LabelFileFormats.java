package com.parceliq.api.batches;

import com.parceliq.api.error.ApiException;
import java.util.Locale;

/** The batch label's {@code file_format}: PDF (the default) or ZPL. */
final class LabelFileFormats {

  private LabelFileFormats() {}

  static String parse(String requested) {
    if (requested == null || requested.isBlank()) {
      return "PDF";
    }
    String format = requested.strip().toUpperCase(Locale.ROOT);
    if (!format.equals("PDF") && !format.equals("ZPL")) {
      throw ApiException.invalidField("file_format", "must be PDF or ZPL, got " + requested);
    }
    return format;
  }
}
