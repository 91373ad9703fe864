package com.parceliq.carrier.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures over {@code timestamp + "." + body}, as most carriers sign pushes. */
final class WebhookSignatures {

  private WebhookSignatures() {}

  /** Lower-case hex HMAC-SHA256 of {@code timestamp.body} under {@code secret}. */
  static String hmacHex(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Compares in constant time, so a forger learns nothing from how long a refusal takes. */
  static boolean matches(String expectedHex, String givenHex) {
    return givenHex != null
        && MessageDigest.isEqual(
            expectedHex.getBytes(StandardCharsets.US_ASCII),
            givenHex.getBytes(StandardCharsets.US_ASCII));
  }
}
