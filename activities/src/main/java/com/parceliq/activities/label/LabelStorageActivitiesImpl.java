package com.parceliq.activities.label;

import com.parceliq.activities.carrier.LabelFormats;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.LabelStorageActivities;
import com.parceliq.workflows.ports.StoredLabel;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Stores label files at {@code <tenant>/<shipment>/label.<ext>}. A shipment has one label, so a
 * retried put overwrites the same object with the same bytes: idempotent without bookkeeping.
 */
@ApplicationScoped
public class LabelStorageActivitiesImpl implements LabelStorageActivities {

  private final S3Client s3;
  private final S3Settings settings;

  @Inject
  public LabelStorageActivitiesImpl(S3Client s3, S3Settings settings) {
    this.s3 = s3;
    this.settings = settings;
  }

  static String labelKey(String tenantId, String shipmentId, LabelFormat format) {
    return tenantId + "/" + shipmentId + "/label." + format.extension();
  }

  @Override
  public StoredLabel storeLabel(
      String tenantId, String shipmentId, String labelFormat, byte[] labelFile) {
    LabelFormat format =
        LabelFormats.byExtension(labelFormat)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "unknown label format " + labelFormat, ErrorCode.INTERNAL.code()));
    String bucket = settings.labelsBucket();
    String key = labelKey(tenantId, shipmentId, format);
    s3.putObject(
        PutObjectRequest.builder().bucket(bucket).key(key).contentType(format.mediaType()).build(),
        RequestBody.fromBytes(labelFile));
    return new StoredLabel(bucket, key, format.extension());
  }
}
