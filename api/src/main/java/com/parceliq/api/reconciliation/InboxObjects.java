package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.reconciliation.InvoiceFormat;
import com.parceliq.store.blob.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** An invoice a tenant put into its inbox: it must exist, and its first line must be a header. */
@ApplicationScoped
class InboxObjects {

  private static final int NOT_FOUND = 404;

  @Inject S3Client s3;
  @Inject S3Settings settings;

  record Found(String bucket, String key, long bytes, InvoiceFormat format) {}

  Found require(String key) {
    String bucket = settings.reconciliationBucket();
    try {
      long bytes = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
      String range = "bytes=0-" + (InvoiceBodies.MAX_HEADER_BYTES - 1);
      try (InputStream head =
          new BufferedInputStream(s3.getObject(b -> b.bucket(bucket).key(key).range(range)))) {
        InvoiceFormat format = InvoiceHeaders.require(InvoiceBodies.peekFirstLine(head));
        return new Found(bucket, key, bytes, format);
      }
    } catch (NoSuchKeyException missing) {
      throw noSuchObject();
    } catch (S3Exception failure) {
      if (failure.statusCode() == NOT_FOUND) {
        throw noSuchObject();
      }
      throw unavailable();
    } catch (SdkException | IOException failure) {
      throw unavailable();
    }
  }

  private static ApiException noSuchObject() {
    return ApiException.invalidField("s3_key", "no such object in your inbox");
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorCode.DEPENDENCY_UNAVAILABLE, "The invoice store (S3) cannot be read right now.");
  }
}
