package com.parceliq.workflows.shipment;

import java.util.List;

/**
 * What a carrier says about a parcel, the payload of the {@code trackingUpdate} signal: its scans
 * (in any order, possibly repeating ones already known), the carrier's own overall status, and
 * whether the carrier pushed it ({@link #PUSH}) or ParcelIQ polled for it ({@link #POLL}).
 */
public record TrackingUpdate(
    String trackingCode, String carrierStatus, List<TrackingScan> scans, String source) {

  public static final String PUSH = "push";
  public static final String POLL = "poll";

  public TrackingUpdate {
    scans = scans == null ? List.of() : List.copyOf(scans);
  }
}
