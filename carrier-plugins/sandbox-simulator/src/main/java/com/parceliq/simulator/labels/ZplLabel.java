package com.parceliq.simulator.labels;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A 4x6 inch ZPL II label for 203 dpi thermal printers, with a Code 128 barcode. */
final class ZplLabel {

  private ZplLabel() {}

  static byte[] render(LabelContent content) {
    StringBuilder zpl = new StringBuilder("^XA\n^CI28\n^PW812\n^LL1218\n");
    List<String> lines = content.lines();
    zpl.append("^CF0,40\n^FO40,40^FD").append(field(lines.getFirst())).append("^FS\n");
    zpl.append("^FO40,95^GB732,4,4^FS\n^CF0,28\n");
    int y = 120;
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty()) {
        zpl.append("^FO40,").append(y).append("^FD").append(field(line)).append("^FS\n");
      }
      y += line.isEmpty() ? 16 : 32;
    }
    zpl.append("^BY3\n^FO60,880^BCN,180,N,N,N^FD").append(field(content.trackingCode()));
    zpl.append("^FS\n^CF0,34\n^FO40,1090^FDTRACKING #: ").append(field(content.trackingCode()));
    zpl.append("^FS\n^CF0,22\n^FO40,1160^FDSANDBOX LABEL - NOT VALID FOR SHIPPING^FS\n^XZ\n");
    return zpl.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** ^ and ~ start ZPL commands, so they never appear inside field data. */
  private static String field(String text) {
    return text.replace('^', ' ').replace('~', ' ');
  }
}
