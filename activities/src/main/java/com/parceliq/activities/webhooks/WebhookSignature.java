package com.parceliq.activities.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of CONTRACT section 5: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + raw
 * body)>}, timestamp in unix seconds. The timestamp is signed with the body so a captured request
 * cannot be replayed later than the receiver's tolerance.
 */
public final class WebhookSignature {

  public static final String EVENT_ID_HEADER = "X-ParcelIQ-Event-Id";
  public static final String TIMESTAMP_HEADER = "X-ParcelIQ-Timestamp";
  public static final String SIGNATURE_HEADER = "X-ParcelIQ-Signature";

  private WebhookSignature() {}

  public static String sign(String secret, long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
