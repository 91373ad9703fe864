package com.parceliq.api.claims;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.claims.ClaimEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Puts a claim's evidence into the claims bucket at {@code claims/<tenant>/<clm>/<position>-<safe
 * filename>} (the one write the API makes) and hashes what it put, so the claim records what was
 * stored. Keys derive from the claim id, so a retried request overwrites the same objects.
 */
@ApplicationScoped
public class ClaimEvidenceStore {

  private static final int MAX_NAME = 100;

  @Inject S3Client s3;
  @Inject S3Settings settings;

  List<ClaimEvidence> upload(String tenantId, String claimId, List<ClaimRequests.File> files) {
    return files.stream().map(file -> upload(tenantId, claimId, file)).toList();
  }

  private ClaimEvidence upload(String tenantId, String claimId, ClaimRequests.File file) {
    String key = key(tenantId, claimId, file.position(), file.filename());
    try {
      s3.putObject(
          PutObjectRequest.builder()
              .bucket(settings.claimsBucket())
              .key(key)
              .contentType(file.contentType())
              .build(),
          RequestBody.fromBytes(file.bytes()));
    } catch (SdkException unavailable) {
      throw new ApiException(
          ErrorCode.DEPENDENCY_UNAVAILABLE, "Evidence storage is unavailable; try again later.");
    }
    return new ClaimEvidence(
        file.position(),
        file.filename(),
        file.contentType(),
        file.bytes().length,
        sha256(file.bytes()),
        settings.claimsBucket(),
        key);
  }

  static String key(String tenantId, String claimId, int position, String filename) {
    return "claims/" + tenantId + "/" + claimId + "/" + position + "-" + safe(filename);
  }

  /** Letters, digits, dot, dash and underscore; anything else becomes an underscore. */
  static String safe(String filename) {
    String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return safe.length() > MAX_NAME ? safe.substring(safe.length() - MAX_NAME) : safe;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }
}
