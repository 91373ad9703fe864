package com.parceliq.simulator.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.simulator.model.LabelFileFormat;
import com.parceliq.simulator.model.WireAddress;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LabelRendererTest {

  private static final WireAddress FROM =
      new WireAddress(
          "Alice", null, "1 Main St", null, "New York", "NY", "10001", "US", null, null);
  private static final WireAddress TO =
      new WireAddress(
          "Bob (Ops)",
          "Acme",
          "2 Market St",
          "Suite 5",
          "San Francisco",
          "CA",
          "94105",
          "US",
          null,
          null);
  private static final LabelContent CONTENT =
      new LabelContent("SBX123456789012", "express", FROM, TO, new BigDecimal("20"));

  @Test
  void pdfCrossReferenceTablePointsAtEveryObject() {
    byte[] pdf = LabelRenderer.render(LabelFileFormat.PDF, CONTENT);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);

    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    int xref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
    assertThat(text.substring(xref)).startsWith("xref\n");
    Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
    int object = 1;
    while (entries.find()) {
      int offset = Integer.parseInt(entries.group(1));
      assertThat(text.substring(offset)).startsWith(object + " 0 obj");
      object++;
    }
    assertThat(object - 1).isEqualTo(6);
    assertThat(text).contains("(TRACKING #: SBX123456789012)", "(BOB \\(OPS\\))");
  }

  @Test
  void pngIsAFourBySixLabelAt200Dpi() throws IOException {
    byte[] png = LabelRenderer.render(LabelFileFormat.PNG, CONTENT);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(1200);
  }

  @Test
  void zplCarriesTheTrackingCodeInABarcode() {
    String zpl =
        new String(LabelRenderer.render(LabelFileFormat.ZPL, CONTENT), StandardCharsets.UTF_8);

    assertThat(zpl)
        .startsWith("^XA")
        .endsWith("^XZ\n")
        .contains("^BCN,180,N,N,N^FDSBX123456789012");
  }

  @Test
  void code39FramesTheTextWithStartAndStopCharacters() {
    // 15 characters plus two '*' frames, 16 modules each, without the last gap.
    assertThat(Code39.width(Code39.encode("SBX123456789012"))).isEqualTo(17 * 16 - 1);
  }
}
