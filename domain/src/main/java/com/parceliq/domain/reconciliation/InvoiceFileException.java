package com.parceliq.domain.reconciliation;

/**
 * The invoice file cannot be reconciled: an unknown header, a malformed line, a carrier that does
 * not match the format. The message names the data line (counted from 1, the header is line 0), so
 * the carrier or an operator can find it; the run fails with {@code RECONCILIATION.INVALID_FILE}.
 */
public class InvoiceFileException extends RuntimeException {

  private final long lineNo;

  public InvoiceFileException(long lineNo, String problem) {
    super(lineNo <= 0 ? "header: " + problem : "data line " + lineNo + ": " + problem);
    this.lineNo = lineNo;
  }

  /** The data line at fault, 0 for the header or the file as a whole. */
  public long lineNo() {
    return lineNo;
  }
}
