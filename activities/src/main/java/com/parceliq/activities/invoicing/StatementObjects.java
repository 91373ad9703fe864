package com.parceliq.activities.invoicing;

import com.parceliq.domain.invoices.StatementPeriod;
import com.parceliq.store.blob.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Statement files in the invoices bucket at {@code statements/<tenant>/<YYYY-MM>/<inv
 * id>.csv|.pdf}. The keys follow from tenant and period, so uploading again (a retry) replaces the
 * same objects.
 */
@ApplicationScoped
public class StatementObjects {

  @Inject S3Client s3;
  @Inject S3Settings settings;

  /** Where a stored file is and what it hashes to. */
  record Stored(String bucket, String key, String sha256) {}

  static String key(String tenantId, StatementPeriod period, String invoiceId, String extension) {
    return "statements/%s/%s/%s.%s".formatted(tenantId, period, invoiceId, extension);
  }

  Stored upload(Path file, String key, String contentType) {
    String sha256 = sha256(file);
    String bucket = settings.invoicesBucket();
    s3.putObject(
        request ->
            request
                .bucket(bucket)
                .key(key)
                .contentType(contentType)
                .metadata(java.util.Map.of("sha256", sha256)),
        RequestBody.fromFile(file));
    return new Stored(bucket, key, sha256);
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
