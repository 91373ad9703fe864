package com.parceliq.activities.invoicing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The statement's lines as CSV (RFC 4180), written line by line to a file so a month of any size
 * never sits in memory. Amounts are plain decimals with two places; the balance is after the line.
 */
final class StatementCsv implements AutoCloseable {

  static final String HEADER =
      "date,entry_id,kind,shipment_id,pickup_id,description,change,balance_after";

  private final BufferedWriter out;

  StatementCsv(Path file) {
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      out.write(HEADER);
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(StatementLine line) {
    try {
      out.write(
          String.join(
              ",",
              line.createdAt().toString(),
              line.entryId(),
              line.kind(),
              field(line.shipmentId()),
              field(line.pickupId()),
              field(line.description()),
              line.change().toPlainString(),
              line.balanceAfter().toPlainString()));
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quoted when it holds a comma, a quote or a line break; a quote doubled. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
