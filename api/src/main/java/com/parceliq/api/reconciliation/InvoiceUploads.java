package com.parceliq.api.reconciliation;

import com.parceliq.store.blob.S3Settings;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams an uploaded invoice to {@code uploads/<tenant>/<run>.csv} with an S3 multipart upload:
 * one part (8 MiB) in memory at a time, whatever the file's size, digested on the way (the
 * fingerprint of an idempotent retry). A failure aborts the upload: no partial object remains.
 */
@ApplicationScoped
class InvoiceUploads {

  /** S3 parts are at least 5 MiB (but the last); this is the memory one upload holds. */
  static final int PART_SIZE = 8 * 1024 * 1024;

  @Inject S3Client s3;
  @Inject S3Settings settings;

  @ConfigProperty(name = "parceliq.reconciliation.max-upload-size", defaultValue = "2G")
  MemorySize maxUploadSize;

  record Stored(String bucket, String key, long bytes, String sha256) {}

  static String uploadKey(String tenantId, String runId) {
    return "uploads/" + tenantId + "/" + runId + ".csv";
  }

  Stored upload(String tenantId, String runId, InputStream body) {
    String bucket = settings.reconciliationBucket();
    String key = uploadKey(tenantId, runId);
    DigestInputStream digested = InvoiceBodies.digesting(body);
    String uploadId =
        s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType("text/csv")).uploadId();
    try {
      long bytes = uploadParts(bucket, key, uploadId, digested, new ArrayList<>());
      return new Stored(bucket, key, bytes, InvoiceBodies.hex(digested));
    } catch (RuntimeException failure) {
      abortQuietly(bucket, key, uploadId, failure);
      throw failure;
    }
  }

  private long uploadParts(
      String bucket, String key, String uploadId, InputStream body, List<CompletedPart> parts) {
    byte[] part = new byte[PART_SIZE];
    long total = 0;
    while (true) {
      int filled = fill(body, part);
      if (filled == 0 && !parts.isEmpty()) {
        break;
      }
      total += filled;
      if (total > maxUploadSize.asLongValue()) {
        throw new WebApplicationException(413);
      }
      int number = parts.size() + 1;
      String etag =
          s3.uploadPart(
                  b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                  RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, filled), filled))
              .eTag();
      parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      if (filled < PART_SIZE) {
        break;
      }
    }
    s3.completeMultipartUpload(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    return total;
  }

  /** Reads until the buffer is full or the body ends; the number of bytes read. */
  private static int fill(InputStream body, byte[] buffer) {
    try {
      return body.readNBytes(buffer, 0, buffer.length);
    } catch (IOException e) {
      throw InvoiceBodies.unreadable(e);
    }
  }

  private void abortQuietly(String bucket, String key, String uploadId, RuntimeException cause) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (RuntimeException abortFailed) {
      cause.addSuppressed(abortFailed);
    }
  }
}
