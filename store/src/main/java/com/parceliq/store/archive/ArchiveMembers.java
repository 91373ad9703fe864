package com.parceliq.store.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A page object is a concatenation of gzip members, one per shipment document (each ending with a
 * newline): the whole object is an ordinary {@code .jsonl.gz} that {@code zcat} reads, and one
 * shipment is read back with a ranged GET of its member alone (docs/adr/0013).
 */
public final class ArchiveMembers {

  private ArchiveMembers() {}

  /** One document line as a complete gzip member. */
  public static byte[] compress(byte[] documentLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(documentLine.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(documentLine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The document line of one member (or of every member, concatenated, for a whole object). */
  public static byte[] decompress(byte[] member) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(member))) {
      return gzip.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
