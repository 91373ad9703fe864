package com.parceliq.simulator.views;

import com.parceliq.simulator.model.LabelFileFormat;
import java.util.Base64;

/** A document inline in JSON: its format, media type and base64 bytes. */
public record FileView(String format, String mediaType, String data) {

  public static FileView of(LabelFileFormat format, byte[] bytes) {
    return new FileView(
        format.wireName(), format.mediaType(), Base64.getEncoder().encodeToString(bytes));
  }
}
