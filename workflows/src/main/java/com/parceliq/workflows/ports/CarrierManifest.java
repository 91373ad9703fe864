package com.parceliq.workflows.ports;

/**
 * The carrier's manifest: its own id for it and the printable form, {@code format} being the file
 * extension ({@code pdf}).
 */
public record CarrierManifest(String manifestId, String format, byte[] document) {}
