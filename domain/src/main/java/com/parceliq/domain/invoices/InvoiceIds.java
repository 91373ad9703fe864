package com.parceliq.domain.invoices;

import com.parceliq.domain.IdPrefix;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A statement's id follows from its tenant and period, so every attempt to issue it (a retry after
 * a crash between upload and insert, a re-run) writes the same S3 keys and the same row. Shaped
 * like every other id (prefix and 26 Crockford base32 characters): the first ten encode the
 * period's start like a ULID's time, so a tenant's invoices sort by period; the rest is a digest.
 */
public final class InvoiceIds {

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

  private InvoiceIds() {}

  public static String of(String tenantId, StatementPeriod period) {
    char[] out = new char[26];
    long time = period.start().toEpochMilli();
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    byte[] digest = sha256(tenantId + "\n" + period);
    for (int i = 10; i < 26; i++) {
      out[i] = ALPHABET[digest[i] & 31];
    }
    return IdPrefix.INVOICE.prefix() + "_" + new String(out);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
