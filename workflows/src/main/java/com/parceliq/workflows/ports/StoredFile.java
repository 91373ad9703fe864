package com.parceliq.workflows.ports;

/** A file in object storage and its format (the file extension, {@code pdf}). */
public record StoredFile(String bucket, String key, String format) {}
