package com.parceliq.carrier.spi;

/** One scan of a parcel; {@code occurredAt} is RFC 3339 UTC. */
public record TrackingEvent(
    TrackingStatus status, String message, String location, String occurredAt) {}
