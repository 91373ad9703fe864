package com.parceliq.simulator.views;

import java.util.List;

/** A manifest (scan form) and its printable PDF. */
public record ManifestView(
    String id, List<String> trackingCodes, String createdAt, FileView document) {}
