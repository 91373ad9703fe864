package com.parceliq.domain;

/**
 * A shipment's tracker id is derived from the shipment's ({@code shp_X} → {@code trk_X}), so the
 * tracker exists as soon as the label does, before any carrier update, and every component names it
 * the same way without a lookup.
 */
public final class TrackerIds {

  private TrackerIds() {}

  public static String ofShipment(String shipmentId) {
    return IdPrefix.TRACKER.prefix() + "_" + suffix(shipmentId, IdPrefix.SHIPMENT);
  }

  /** The shipment a tracker id belongs to, or null when {@code trackerId} is not a tracker id. */
  public static String shipmentOf(String trackerId) {
    String prefix = IdPrefix.TRACKER.prefix() + "_";
    if (trackerId == null
        || !trackerId.startsWith(prefix)
        || trackerId.length() == prefix.length()) {
      return null;
    }
    return IdPrefix.SHIPMENT.prefix() + "_" + trackerId.substring(prefix.length());
  }

  private static String suffix(String id, IdPrefix prefix) {
    String expected = prefix.prefix() + "_";
    if (id == null || !id.startsWith(expected)) {
      throw new IllegalArgumentException("not a " + prefix.prefix() + " id: " + id);
    }
    return id.substring(expected.length());
  }
}
