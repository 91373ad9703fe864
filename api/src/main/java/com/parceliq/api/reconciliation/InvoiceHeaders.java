package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header rows of the invoice formats the workers parse (docs/reconciliation.md). The API reads
 * only an upload's first line with it, so an unknown file is refused before a byte goes to S3; the
 * workers parse the file and remain the judge of every line.
 */
final class InvoiceHeaders {

  /** A format and the carrier whose invoices it is. */
  record Format(String name, String carrier) {}

  private static final Map<String, Format> BY_HEADER =
      Map.of(
          "invoice_number,invoice_date,tracking_code,service,billed_weight_oz,charge_type,amount,currency",
          new Format("sandbox", "sandbox"));

  private InvoiceHeaders() {}

  /** The format a header row names; empty for a header no parser knows. */
  static Optional<Format> recognize(String headerLine) {
    if (headerLine == null) {
      return Optional.empty();
    }
    String normalized = headerLine.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    normalized = normalized.replaceAll("\\s*,\\s*", ",").replace("\"", "");
    return Optional.ofNullable(BY_HEADER.get(normalized));
  }

  /** The format of a header row, or the 422 that names what is wrong with it. */
  static Format require(String headerLine) {
    return recognize(headerLine)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.RECONCILIATION_INVALID_FILE,
                    "Line 1 is not the header row of a known invoice format (sandbox, ups, fedex;"
                        + " see docs/reconciliation.md)."));
  }
}
