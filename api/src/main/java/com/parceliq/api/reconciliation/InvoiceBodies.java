package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reading a request body that may be gigabytes: its first line, its digest, a bounded prefix. */
final class InvoiceBodies {

  /** A header row longer than this is no header row of ours. */
  static final int MAX_HEADER_BYTES = 4096;

  private InvoiceBodies() {}

  /**
   * The first line of a body read through a mark-supporting stream, which is reset to its start
   * afterwards so the upload still sends every byte.
   */
  static String peekFirstLine(InputStream body) {
    try {
      body.mark(MAX_HEADER_BYTES + 1);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int next;
      while ((next = body.read()) != -1 && next != '\n' && line.size() <= MAX_HEADER_BYTES) {
        line.write(next);
      }
      body.reset();
      if (line.size() == 0 && next == -1) {
        throw new ApiException(ErrorCode.RECONCILIATION_INVALID_FILE, "The file is empty.");
      }
      return line.toString(StandardCharsets.UTF_8).replace("\r", "");
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** Wraps a body so that everything read through it is digested (SHA-256). */
  static DigestInputStream digesting(InputStream body) {
    try {
      return new DigestInputStream(body, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  static String hex(DigestInputStream digested) {
    return HexFormat.of().formatHex(digested.getMessageDigest().digest());
  }

  /** Reads and discards the rest of a body: only its digest matters (an idempotent retry). */
  static String digestOnly(InputStream body) {
    DigestInputStream digested = digesting(body);
    byte[] buffer = new byte[64 * 1024];
    try {
      while (digested.read(buffer) != -1) {
        // the digest sees every byte
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    return hex(digested);
  }

  /** Reads at most {@code limit} bytes of a small body (JSON); more is a 413. */
  static byte[] readSmall(InputStream body, int limit) {
    try {
      byte[] read = body.readNBytes(limit + 1);
      if (read.length > limit) {
        throw new WebApplicationException(413);
      }
      return read;
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The client stopped sending mid-body: nothing was stored, its request is a 400. */
  static RuntimeException unreadable(IOException cause) {
    WebApplicationException bad = new WebApplicationException(400);
    bad.initCause(new UncheckedIOException(cause));
    return bad;
  }
}
