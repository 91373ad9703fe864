package com.parceliq.workers;

import com.parceliq.store.blob.S3Settings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Says loudly at startup when label files have nowhere to go. It does not stop the workers: label
 * storage retries, so purchases resume once the bucket exists.
 */
@ApplicationScoped
public class LabelsBucketCheck {

  private static final Logger LOG = Logger.getLogger(LabelsBucketCheck.class);

  @Inject S3Client s3;
  @Inject S3Settings settings;

  void onStart(@Observes StartupEvent event) {
    String bucket = settings.labelsBucket();
    String where = settings.endpoint().orElse("AWS S3 in " + settings.region());
    try {
      s3.headBucket(request -> request.bucket(bucket));
      LOG.infof("labels bucket %s found at %s", bucket, where);
    } catch (NoSuchBucketException e) {
      LOG.errorf(
          "labels bucket %s does not exist at %s: label purchases will wait in retries until it is"
              + " created (./parceliq up creates it; otherwise create it or set"
              + " parceliq.s3.labels-bucket)",
          bucket, where);
    } catch (SdkException e) {
      LOG.errorf(
          "cannot check labels bucket %s at %s: %s (label purchases retry until S3 answers)",
          bucket, where, e.getMessage());
    }
  }
}
