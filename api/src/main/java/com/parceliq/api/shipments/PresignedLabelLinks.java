package com.parceliq.api.shipments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/** Label links as presigned S3 GET URLs: no credentials needed, valid for an hour. */
@ApplicationScoped
public class PresignedLabelLinks implements LabelLinks {

  static final Duration VALIDITY = Duration.ofHours(1);

  @Inject S3Presigner presigner;

  @Override
  public String downloadUrl(String bucket, String key) {
    GetObjectPresignRequest request =
        GetObjectPresignRequest.builder()
            .signatureDuration(VALIDITY)
            .getObjectRequest(object -> object.bucket(bucket).key(key))
            .build();
    return presigner.presignGetObject(request).url().toString();
  }
}
