package com.parceliq.workflows.ports;

/** A file fully staged: its format, carrier, first invoice number, data lines and bytes. */
public record ParsedInvoice(
    String format, String carrier, String invoiceNumber, long lines, long bytes) {}
