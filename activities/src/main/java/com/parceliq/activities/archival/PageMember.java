package com.parceliq.activities.archival;

import java.time.Instant;

/**
 * Where one shipment's document sits in its page object, and the row version it was read from.
 *
 * @param updatedAt the shipment's {@code updated_at} when read: the move deletes it only if so
 *     still
 * @param byteOffset first byte of its gzip member in the object
 * @param byteLength bytes of its gzip member
 * @param documentSha256 SHA-256 (hex) of the uncompressed document line, checked by every read
 */
public record PageMember(
    String shipmentId, Instant updatedAt, long byteOffset, int byteLength, String documentSha256) {}
