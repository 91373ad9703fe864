package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** A completed run's report CSV, passed from S3 to the client as it is read, never held whole. */
@ApplicationScoped
class ReconciliationReports {

  @Inject S3Client s3;

  StreamingOutput open(ReconciliationRunDto run) {
    if (!"completed".equals(run.status()) || run.report() == null) {
      throw new ApiException(
          ErrorCode.RECONCILIATION_NOT_READY,
          "The run is " + run.status() + ": its report exists once it completed.");
    }
    ResponseInputStream<GetObjectResponse> object;
    try {
      object = s3.getObject(b -> b.bucket(run.report().bucket()).key(run.report().key()));
    } catch (SdkException failure) {
      throw new ApiException(
          ErrorCode.DEPENDENCY_UNAVAILABLE, "The report store (S3) cannot be read right now.");
    }
    return output -> {
      try (object) {
        object.transferTo(output);
      }
    };
  }
}
