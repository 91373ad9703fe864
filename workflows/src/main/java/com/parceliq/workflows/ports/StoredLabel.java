package com.parceliq.workflows.ports;

/** Where a label file lives in object storage. */
public record StoredLabel(String bucket, String key, String labelFormat) {}
