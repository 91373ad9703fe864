package com.parceliq.carrier.spi;

import java.util.List;

/** Where a parcel is, with its scan history oldest first. */
public record TrackingInfo(
    String trackingCode, TrackingStatus status, List<TrackingEvent> events) {}
