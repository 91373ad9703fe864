package com.parceliq.workflows.ports;

/**
 * What one page did.
 *
 * @param selected eligible shipments read for the page; 0 means the tenant has nothing left
 * @param archived shipments moved (hot rows deleted, index rows written); fewer than selected when
 *     some changed after being read, which stay hot for a later run
 * @param bytes compressed bytes of the page object; 0 when nothing was selected
 * @param lastShipmentId the highest id read, where the next page starts; null when none
 * @param objectKey the page object in the archive bucket; null when nothing was selected
 */
public record ArchivedPage(
    int selected, int archived, long bytes, String lastShipmentId, String objectKey) {

  public static ArchivedPage empty() {
    return new ArchivedPage(0, 0, 0, null, null);
  }

  public boolean nothingSelected() {
    return selected == 0;
  }
}
