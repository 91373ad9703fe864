package com.parceliq.workflows.tracking;

/**
 * One page of a poll: the shipments after {@code afterShipmentId} (null: the first page). The
 * schedule starts each run with {@link #first()}; each page continues as new with the next one.
 */
public record TrackingPollRun(String afterShipmentId, Integer pageSize) {

  public static final int DEFAULT_PAGE_SIZE = 100;

  public static TrackingPollRun first() {
    return new TrackingPollRun(null, DEFAULT_PAGE_SIZE);
  }

  int pageSizeOrDefault() {
    return pageSize == null || pageSize < 1 ? DEFAULT_PAGE_SIZE : pageSize;
  }
}
