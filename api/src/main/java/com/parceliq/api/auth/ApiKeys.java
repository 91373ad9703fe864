package com.parceliq.api.auth;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.ApiKeyEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Tenant API keys: {@code piq_} and 32 random bytes in hex. Only the SHA-256 of a key is stored;
 * its first characters stay readable so support can tell keys apart.
 */
public final class ApiKeys {

  public static final String PREFIX = "piq_";
  public static final int DISPLAY_PREFIX_LENGTH = 12;
  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String generate() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return PREFIX + HexFormat.of().formatHex(secret);
  }

  /**
   * A new key of the tenant, not yet persisted: the caller persists {@code row} in its transaction
   * and shows {@code secret} once.
   */
  public static IssuedKey issue(
      String tenantId, String role, String name, Integer ratePerSecond, Instant now) {
    String secret = generate();
    ApiKeyEntity row = new ApiKeyEntity();
    row.id = Ids.newId(IdPrefix.API_KEY);
    row.tenantId = tenantId;
    row.prefix = displayPrefix(secret);
    row.keyHash = hash(secret);
    row.role = role;
    row.name = name;
    row.rateLimitPerSecond = ratePerSecond;
    row.createdAt = now;
    return new IssuedKey(secret, row);
  }

  public static boolean looksLikeApiKey(String token) {
    return token.startsWith(PREFIX) && token.length() > PREFIX.length();
  }

  public static String hash(String key) {
    return HexFormat.of().formatHex(sha256(key));
  }

  public static String displayPrefix(String key) {
    return key.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, key.length()));
  }

  /** Equality that takes the same time wherever the inputs differ, and whatever their lengths. */
  public static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(sha256(a), sha256(b));
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
