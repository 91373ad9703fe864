package com.parceliq.simulator.invoice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The carrier invoice as CONTRACT section 6 fixes it: a header row, then one line per charge. The
 * invoice number is derived from the date, so re-downloading a day gives the same number.
 */
public final class InvoiceCsv {

  public static final String HEADER =
      "invoice_number,invoice_date,tracking_code,service,billed_weight_oz,charge_type,amount,currency";

  private InvoiceCsv() {}

  public static String render(LocalDate date, List<InvoiceLine> lines) {
    String number = invoiceNumber(date);
    String day = date.toString();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (InvoiceLine line : lines) {
      csv.append(
              String.join(
                  ",",
                  number,
                  day,
                  field(line.trackingCode()),
                  field(line.service()),
                  Integer.toString(line.billedWeightOz()),
                  line.chargeType(),
                  line.amount().toPlainString(),
                  "USD"))
          .append('\n');
    }
    return csv.toString();
  }

  public static String invoiceNumber(LocalDate date) {
    return "SBX-INV-" + date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** RFC 4180 quoting, for values that could hold a comma or quote. */
  private static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
