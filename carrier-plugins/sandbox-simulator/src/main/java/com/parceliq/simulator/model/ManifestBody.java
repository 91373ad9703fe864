package com.parceliq.simulator.model;

import java.util.List;

/** {@code POST /v1/manifests}: close out labels into one scan form. */
public record ManifestBody(WireAddress fromAddress, List<String> trackingCodes) {}
