package com.parceliq.api.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.parceliq.store.archive.ArchiveJson;
import com.parceliq.store.archive.ArchiveMembers;
import com.parceliq.store.archive.ArchivedShipment;
import java.io.IOException;
import java.util.Optional;

/**
 * Checks and parses one archive member: the gzip member a ranged GET returned, its uncompressed
 * SHA-256 against the index, then the JSON document. Numbers stay {@code BigDecimal} with their
 * scale, so money read back is exact to the cent.
 */
public final class ArchiveDocuments {

  private static final ObjectMapper MAPPER =
      ArchiveJson.exact(
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

  private ArchiveDocuments() {}

  /**
   * The document in {@code member}, or empty when it is not the one the index names (wrong
   * checksum, unreadable, another shipment's).
   */
  public static Optional<ArchivedShipment> read(
      byte[] member, String expectedSha256, String tenantId, String shipmentId) {
    byte[] line;
    try {
      line = ArchiveMembers.decompress(member);
    } catch (RuntimeException corrupt) {
      return Optional.empty();
    }
    if (!ArchiveMembers.sha256Hex(line).equalsIgnoreCase(expectedSha256)) {
      return Optional.empty();
    }
    ArchivedShipment document;
    try {
      document = MAPPER.readValue(line, ArchivedShipment.class);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
    boolean named =
        tenantId.equals(document.tenantId())
            && shipmentId.equals(document.shipmentId())
            && document.shipment() != null;
    return named ? Optional.of(document) : Optional.empty();
  }
}
