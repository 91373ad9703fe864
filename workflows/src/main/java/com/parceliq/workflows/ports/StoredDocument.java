package com.parceliq.workflows.ports;

/**
 * A document written to object storage: where, its format ({@code PDF} or {@code ZPL}), how many
 * labels (pages) it holds, its SHA-256 (hex) and its size in bytes.
 */
public record StoredDocument(
    String bucket, String key, String format, int pages, String sha256, long bytes) {}
