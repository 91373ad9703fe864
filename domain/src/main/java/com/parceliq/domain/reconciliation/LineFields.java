package com.parceliq.domain.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Typed reads of one data row's fields, each failing with the line number and the column. */
final class LineFields {

  private static final BigDecimal OUNCES_PER_POUND = new BigDecimal(16);
  private static final BigDecimal OUNCES_PER_KILOGRAM = new BigDecimal("35.27396195");

  private final List<String> header;
  private final List<String> fields;
  private final long lineNo;

  LineFields(List<String> header, List<String> fields, long lineNo) {
    if (fields.size() != header.size()) {
      throw new InvoiceFileException(
          lineNo, "has " + fields.size() + " fields, the header has " + header.size());
    }
    this.header = header;
    this.fields = fields;
    this.lineNo = lineNo;
  }

  long lineNo() {
    return lineNo;
  }

  String required(int column) {
    String value = fields.get(column).strip();
    if (value.isEmpty()) {
      throw problem(column, "is empty");
    }
    return value;
  }

  /** The value, or null when the field is empty. */
  String optional(int column) {
    String value = fields.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  BigDecimal amount(int column) {
    String value = required(column);
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.scale() > 2) {
        throw problem(column, "'" + value + "' has more than two decimals");
      }
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (NumberFormatException e) {
      throw problem(column, "'" + value + "' is not a decimal amount");
    }
  }

  LocalDate date(int column, DateTimeFormatter pattern) {
    String value = required(column);
    try {
      return LocalDate.parse(value, pattern);
    } catch (DateTimeParseException e) {
      throw problem(column, "'" + value + "' is not a date");
    }
  }

  String currency(int column) {
    String value = required(column).toUpperCase(Locale.ROOT);
    if (!value.matches("[A-Z]{3}")) {
      throw problem(column, "'" + value + "' is not a currency code");
    }
    return value;
  }

  /** A weight in {@code unit} (OZ, LB or KG), in whole ounces rounded up; null when empty. */
  Integer ounces(int column, String unit) {
    String value = optional(column);
    if (value == null) {
      return null;
    }
    BigDecimal weight;
    try {
      weight = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw problem(column, "'" + value + "' is not a weight");
    }
    if (weight.signum() < 0) {
      throw problem(column, "'" + value + "' is negative");
    }
    BigDecimal perUnit =
        switch (unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT)) {
          case "OZ" -> BigDecimal.ONE;
          case "LB", "LBS" -> OUNCES_PER_POUND;
          case "KG", "KGS" -> OUNCES_PER_KILOGRAM;
          default -> throw problem(column, "weight unit '" + unit + "' is not OZ, LB or KG");
        };
    try {
      return weight.multiply(perUnit).setScale(0, RoundingMode.CEILING).intValueExact();
    } catch (ArithmeticException e) {
      throw problem(column, "'" + value + "' is too heavy");
    }
  }

  InvoiceFileException problem(int column, String what) {
    return new InvoiceFileException(lineNo, header.get(column) + " " + what);
  }
}
