package com.parceliq.activities.scanform;

import com.parceliq.activities.carrier.LabelFormats;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.ScanFormStorageActivities;
import com.parceliq.workflows.ports.StoredFile;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Stores scan form documents next to the labels, at {@code <tenant>/scan_forms/<scan
 * form>/form.<ext>}. A scan form has one document, so a retried put overwrites the same object with
 * the same bytes.
 */
@ApplicationScoped
public class ScanFormStorageActivitiesImpl implements ScanFormStorageActivities {

  private final S3Client s3;
  private final S3Settings settings;

  @Inject
  public ScanFormStorageActivitiesImpl(S3Client s3, S3Settings settings) {
    this.s3 = s3;
    this.settings = settings;
  }

  static String formKey(String tenantId, String scanFormId, LabelFormat format) {
    return tenantId + "/scan_forms/" + scanFormId + "/form." + format.extension();
  }

  @Override
  public StoredFile storeScanForm(
      String tenantId, String scanFormId, String format, byte[] document) {
    LabelFormat fileFormat =
        LabelFormats.byExtension(format)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "unknown scan form format " + format, ErrorCode.INTERNAL.code()));
    String bucket = settings.labelsBucket();
    String key = formKey(tenantId, scanFormId, fileFormat);
    s3.putObject(
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentType(fileFormat.mediaType())
            .build(),
        RequestBody.fromBytes(document));
    return new StoredFile(bucket, key, fileFormat.extension());
  }
}
