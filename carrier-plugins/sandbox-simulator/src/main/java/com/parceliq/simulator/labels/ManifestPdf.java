package com.parceliq.simulator.labels;

import com.parceliq.simulator.model.WireAddress;
import java.util.List;

/** The scan form of a manifest: one US-letter PDF listing every tracking code it closes out. */
public final class ManifestPdf {

  private static final float WIDTH = 612;
  private static final float HEIGHT = 792;
  private static final float MARGIN = 54;
  private static final int CODES_PER_PAGE = 40;

  private ManifestPdf() {}

  public static byte[] render(
      String manifestId, String createdAt, WireAddress from, List<String> trackingCodes) {
    PdfDocument pdf = new PdfDocument(WIDTH, HEIGHT);
    for (int page = 0; page * CODES_PER_PAGE < trackingCodes.size(); page++) {
      if (page > 0) {
        pdf.newPage();
      }
      float y = HEIGHT - MARGIN;
      pdf.text(MARGIN, y, 16, true, "PARCELIQ SANDBOX SCAN FORM " + manifestId);
      y -= 20;
      pdf.text(MARGIN, y, 10, false, "CREATED " + createdAt + "  PARCELS " + trackingCodes.size());
      y -= 14;
      pdf.text(
          MARGIN, y, 10, false, "FROM " + nullToEmpty(from.street1()) + ", " + from.cityLine());
      y -= 24;
      int end = Math.min(trackingCodes.size(), (page + 1) * CODES_PER_PAGE);
      for (int i = page * CODES_PER_PAGE; i < end; i++) {
        pdf.text(MARGIN, y, 11, false, (i + 1) + ".  " + trackingCodes.get(i));
        y -= 14.5f;
      }
    }
    return pdf.toBytes();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
