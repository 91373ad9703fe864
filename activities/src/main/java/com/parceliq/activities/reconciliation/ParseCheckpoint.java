package com.parceliq.activities.reconciliation;

/**
 * Where a parse stands after a committed batch: the byte offset after the last staged line, that
 * line's number, and what the header said (a resumed read starts past it).
 */
public record ParseCheckpoint(long offset, long lineNo, String format, String carrier) {}
