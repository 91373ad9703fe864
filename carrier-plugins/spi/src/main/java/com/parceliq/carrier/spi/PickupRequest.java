package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;
import java.util.List;

/** Ask a carrier to collect parcels; times are RFC 3339 UTC. */
public record PickupRequest(
    String idempotencyKey,
    Address address,
    String windowStart,
    String windowEnd,
    List<String> trackingCodes,
    String instructions,
    String service) {}
