package com.parceliq.activities.reconciliation;

/** The parts of a run's row the steps resume from. */
record RunRow(
    String status,
    String carrier,
    String format,
    String invoiceNumber,
    long objectBytes,
    long bytesRead,
    long linesParsed,
    long labelsClassified,
    String failureCode) {}
