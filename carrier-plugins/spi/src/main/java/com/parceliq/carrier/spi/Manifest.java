package com.parceliq.carrier.spi;

/** The carrier's manifest and its printable document. */
public record Manifest(String manifestId, LabelFormat format, byte[] document) {}
