package com.parceliq.carrier.sandbox;

import java.util.Base64;

/** Documents (labels, scan forms) travel base64-encoded inside the JSON answers. */
final class SandboxFiles {

  private SandboxFiles() {}

  static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw SandboxJson.unexpected("document is not base64");
    }
  }
}
