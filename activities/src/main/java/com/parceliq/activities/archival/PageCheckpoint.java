package com.parceliq.activities.archival;

import java.util.List;

/**
 * A page written to S3 and verified by reading it back: what {@code archivePage} heartbeats before
 * it moves the rows, so an attempt that dies after the upload resumes at the move with this very
 * object instead of writing another.
 *
 * @param sha256 SHA-256 (hex) of the whole object as written and as read back
 * @param members one per shipment, in id order
 */
public record PageCheckpoint(
    String bucket, String objectKey, String sha256, long bytes, List<PageMember> members) {

  String lastShipmentId() {
    return members.getLast().shipmentId();
  }
}
