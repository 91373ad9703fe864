package com.parceliq.domain.reconciliation;

import java.util.List;

/** One carrier's invoice layout: its header row, and how a data row becomes an invoice line. */
public interface InvoiceFormat {

  /** {@code sandbox}, {@code ups} or {@code fedex}, stored as the run's format. */
  String name();

  /** The carrier whose invoices use this layout. */
  String carrier();

  /** The header row's column names, in order. */
  List<String> header();

  /**
   * The line of {@code fields} (exactly as many as the header has), or an {@link
   * InvoiceFileException} naming {@code lineNo} and what is wrong.
   */
  InvoiceLine parse(List<String> fields, long lineNo);
}
