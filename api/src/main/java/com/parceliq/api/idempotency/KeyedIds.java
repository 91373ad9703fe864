package com.parceliq.api.idempotency;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ids of things a POST creates through a workflow. With an Idempotency-Key the id is derived from
 * tenant and key, so the workflow id is the same on every retry and Temporal runs the work once,
 * even when the first attempt's answer was lost (a 503 releases the idempotency record).
 */
public final class KeyedIds {

  private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final int BODY_LENGTH = 26;

  private KeyedIds() {}

  public static String forRequest(IdPrefix prefix, String tenantId, String idempotencyKey) {
    return idempotencyKey == null ? Ids.newId(prefix) : derived(prefix, tenantId, idempotencyKey);
  }

  public static String derived(IdPrefix prefix, String tenantId, String idempotencyKey) {
    byte[] digest = sha256(tenantId + "\n" + idempotencyKey);
    StringBuilder id = new StringBuilder(prefix.prefix()).append('_');
    // 26 base32 characters take 130 bits; a SHA-256 digest has 256.
    int bitBuffer = 0;
    int bits = 0;
    int index = 0;
    while (id.length() < prefix.prefix().length() + 1 + BODY_LENGTH) {
      if (bits < 5) {
        bitBuffer = (bitBuffer << 8) | (digest[index++] & 0xff);
        bits += 8;
      }
      id.append(CROCKFORD[(bitBuffer >>> (bits - 5)) & 31]);
      bits -= 5;
    }
    return id.toString();
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
