package com.parceliq.api.invoices;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens a statement file in S3 for streaming to the caller. The object is opened before any byte of
 * the response is sent, so S3 being down (or the object missing) is a clean 503 with Retry-After:
 * the statement exists, its file just cannot be read right now.
 */
@ApplicationScoped
public class StatementFiles {

  private static final Logger LOG = Logger.getLogger(StatementFiles.class);

  @Inject S3Client s3;

  InputStream open(String bucket, String key) {
    try {
      return s3.getObject(request -> request.bucket(bucket).key(key));
    } catch (SdkException failure) {
      LOG.warnf("Statement file s3://%s/%s unreadable: %s", bucket, key, failure.getMessage());
      throw new ApiException(
          ErrorCode.DEPENDENCY_UNAVAILABLE,
          "The statement's file cannot be read right now; retry after the Retry-After delay.");
    }
  }
}
