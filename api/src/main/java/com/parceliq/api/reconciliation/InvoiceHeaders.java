package com.parceliq.api.reconciliation;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.reconciliation.CsvRecordReader;
import com.parceliq.domain.reconciliation.InvoiceFileException;
import com.parceliq.domain.reconciliation.InvoiceFormat;
import com.parceliq.domain.reconciliation.InvoiceFormats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The format an invoice's header row names, with the workers' own formats (domain), so the API
 * refuses an unknown file before a byte of it goes to S3. The workers parse the file and remain the
 * judge of every line.
 */
final class InvoiceHeaders {

  private InvoiceHeaders() {}

  /** The format of a header row, or the 422 that says what is wrong with it. */
  static InvoiceFormat require(String headerLine) {
    try {
      byte[] line = headerLine.getBytes(StandardCharsets.UTF_8);
      List<String> header =
          CsvRecordReader.header(new CsvRecordReader(new ByteArrayInputStream(line), 0, -1));
      if (header == null) {
        throw new InvoiceFileException(0, "the file is empty");
      }
      return InvoiceFormats.forHeader(header);
    } catch (InvoiceFileException unknown) {
      throw new ApiException(
          ErrorCode.RECONCILIATION_INVALID_FILE,
          "The file's first line is not the header row of a known invoice format (sandbox, ups,"
              + " fedex; see docs/reconciliation.md): "
              + unknown.getMessage());
    }
  }
}
