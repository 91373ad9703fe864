package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.reconciliation.InvoiceFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which carriers' invoices a tenant may send and which S3 keys it may name: only objects under its
 * own inbox, {@code <prefix><carrier>/<tenant id>/}. Any other key is refused as a field error, the
 * same way whether or not the object exists (no existence leak across tenants).
 */
record InvoiceSources(String inboxPrefix, List<String> carriers) {

  private static final int MAX_KEY_LENGTH = 1024;

  /** A carrier named by the caller, checked; empty when none was named. */
  Optional<String> carrier(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String carrier = raw.strip().toLowerCase(Locale.ROOT);
    if (!carriers.contains(carrier)) {
      throw ApiException.invalidField(field, "must be one of " + String.join(", ", carriers));
    }
    return Optional.of(carrier);
  }

  /** The carrier of an inbox key of this tenant; a 422 on field s3_key for any other key. */
  String carrierOfKey(String key, String tenantId) {
    String expected = inboxPrefix + "<carrier>/" + tenantId + "/<file>";
    if (key == null || key.isBlank()) {
      throw ApiException.invalidField("s3_key", "is required (" + expected + ")");
    }
    boolean plain =
        key.length() <= MAX_KEY_LENGTH
            && !key.contains("..")
            && !key.contains("//")
            && key.startsWith(inboxPrefix);
    if (plain) {
      String[] rest = key.substring(inboxPrefix.length()).split("/", 3);
      if (rest.length == 3
          && carriers.contains(rest[0])
          && rest[1].equals(tenantId)
          && !rest[2].isBlank()
          && !rest[2].endsWith("/")) {
        return rest[0];
      }
    }
    throw ApiException.invalidField("s3_key", "must be an object of your inbox: " + expected);
  }

  /** The file's format must be the carrier's the caller named (or the key names). */
  static void requireSameCarrier(InvoiceFormat format, String carrier, String field) {
    if (!format.carrier().equals(carrier)) {
      throw new ApiException(
          ErrorCode.RECONCILIATION_INVALID_FILE,
          "The file is a " + format.name() + " invoice, not one of carrier " + carrier + ".",
          List.of(new FieldError(field, "does not match the file's format " + format.name())));
    }
  }
}
