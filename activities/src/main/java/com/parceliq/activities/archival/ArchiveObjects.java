package com.parceliq.activities.archival;

import com.parceliq.store.archive.ArchiveMembers;
import com.parceliq.store.blob.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes page objects to the archive bucket and proves them there: S3 checks the upload against its
 * Content-MD5, and the object read back must hash to what was written before any hot row goes.
 */
@ApplicationScoped
public class ArchiveObjects {

  @Inject S3Client s3;
  @Inject S3Settings settings;

  String bucket() {
    return settings.archiveBucket();
  }

  /** Uploads the page and reads it back; throws (to be retried) unless S3 holds exactly it. */
  void writeVerified(PageObject page) {
    s3.putObject(
        request ->
            request
                .bucket(bucket())
                .key(page.key())
                // Members concatenated are a plain gzip file; no Content-Encoding, or HTTP
                // clients would inflate a ranged read of one member.
                .contentType("application/gzip")
                .contentMD5(md5Base64(page.bytes())),
        RequestBody.fromBytes(page.bytes()));
    byte[] stored =
        s3.getObjectAsBytes(request -> request.bucket(bucket()).key(page.key())).asByteArray();
    String storedSha256 = ArchiveMembers.sha256Hex(stored);
    if (!storedSha256.equals(page.sha256())) {
      throw new IllegalStateException(
          "archive object %s reads back as sha256 %s, not the %s written"
              .formatted(page.key(), storedSha256, page.sha256()));
    }
  }

  private static String md5Base64(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }
}
