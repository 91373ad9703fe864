package com.parceliq.api.archive;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.archive.ArchivedShipment;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Reads one archived shipment from S3 through its index entry: a ranged GET of its gzip member
 * alone, checked against the index's checksum. Whatever goes wrong (S3 down or slow, a missing
 * object, a damaged member) is 503 ARCHIVE.UNAVAILABLE with Retry-After: the shipment exists, it
 * just cannot be read right now.
 */
@ApplicationScoped
public class ArchiveReader {

  private static final Logger LOG = Logger.getLogger(ArchiveReader.class);
  static final String UNAVAILABLE = "The archive is unavailable right now; retry later.";

  @Inject S3Client s3;
  @Inject ArchiveReadSettings settings;

  public ArchivedShipment read(ShipmentArchiveEntry entry) {
    byte[] member = fetch(entry);
    return ArchiveDocuments.read(member, entry.documentSha256, entry.tenantId, entry.shipmentId)
        .orElseThrow(
            () -> {
              LOG.errorf(
                  "Archived shipment %s failed its check in s3://%s/%s at %d+%d",
                  entry.shipmentId,
                  entry.bucket,
                  entry.objectKey,
                  entry.byteOffset,
                  entry.byteLength);
              return unavailable();
            });
  }

  private byte[] fetch(ShipmentArchiveEntry entry) {
    long last = entry.byteOffset + entry.byteLength - 1;
    GetObjectRequest request =
        GetObjectRequest.builder()
            .bucket(entry.bucket)
            .key(entry.objectKey)
            .range("bytes=" + entry.byteOffset + "-" + last)
            // Per request, so the shared client keeps the workers' longer timeouts.
            .overrideConfiguration(
                override ->
                    override
                        .apiCallTimeout(settings.readTimeout())
                        .apiCallAttemptTimeout(settings.readTimeout()))
            .build();
    try {
      byte[] member = s3.getObjectAsBytes(request).asByteArray();
      if (member.length != entry.byteLength) {
        LOG.errorf(
            "Archived shipment %s: expected %d bytes, S3 returned %d",
            entry.shipmentId, entry.byteLength, member.length);
        throw unavailable();
      }
      return member;
    } catch (SdkException failure) {
      LOG.warnf(
          "Archived shipment %s unreadable from S3: %s", entry.shipmentId, failure.getMessage());
      throw unavailable();
    }
  }

  static ApiException unavailable() {
    return new ApiException(ErrorCode.ARCHIVE_UNAVAILABLE, UNAVAILABLE);
  }
}
