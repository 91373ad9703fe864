package com.parceliq.simulator.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a push the way carriers do, so the receiver can tell it came from the carrier: {@code
 * X-Sandbox-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}. The
 * timestamp lets the receiver refuse an old push replayed by someone who captured it.
 */
public final class PushSigner {

  public static final String HEADER = "X-Sandbox-Signature";

  private final String secret;
  private final Clock clock;

  public PushSigner(String secret, Clock clock) {
    this.secret = secret;
    this.clock = clock;
  }

  public String signature(byte[] body) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    return "t=" + timestamp + ",v1=" + hmac(timestamp, body);
  }

  private String hmac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
