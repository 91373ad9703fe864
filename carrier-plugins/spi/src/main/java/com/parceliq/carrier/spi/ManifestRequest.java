package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;
import java.util.List;

/** Close out labels into one carrier manifest (a scan form). */
public record ManifestRequest(String idempotencyKey, Address from, List<String> trackingCodes) {}
