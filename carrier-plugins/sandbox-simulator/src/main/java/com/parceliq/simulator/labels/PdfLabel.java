package com.parceliq.simulator.labels;

import java.util.List;

/** A 4x6 inch PDF label: the address block, a Code 39 barcode and the tracking code. */
final class PdfLabel {

  private static final float WIDTH = 288;
  private static final float HEIGHT = 432;
  private static final float MARGIN = 18;
  private static final float MODULE = 0.85f;

  private PdfLabel() {}

  static byte[] render(LabelContent content) {
    PdfDocument pdf = new PdfDocument(WIDTH, HEIGHT);
    float y = HEIGHT - MARGIN - 12;
    List<String> lines = content.lines();
    pdf.text(MARGIN, y, 13, true, lines.getFirst());
    y -= 8;
    pdf.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, 1.5f);
    y -= 16;
    for (String line : lines.subList(1, lines.size())) {
      boolean heading = line.endsWith(":");
      pdf.text(MARGIN, y, heading ? 9 : 10, heading, line);
      y -= line.isEmpty() ? 6 : 13;
    }
    List<Code39.Bar> bars = Code39.encode(content.trackingCode());
    float barcodeX = (WIDTH - Code39.width(bars) * MODULE) / 2;
    float barcodeY = MARGIN + 40;
    bars.forEach(
        bar -> pdf.fillRect(barcodeX + bar.start() * MODULE, barcodeY, bar.width() * MODULE, 60));
    pdf.text(MARGIN, MARGIN + 20, 12, true, "TRACKING #: " + content.trackingCode());
    pdf.text(MARGIN, MARGIN, 7, false, "SANDBOX LABEL - NOT VALID FOR SHIPPING");
    return pdf.toBytes();
  }
}
