package com.parceliq.simulator.labels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** A 4x6 inch label at 200 dpi as a one-bit PNG. */
final class PngLabel {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 1200;
  private static final int MARGIN = 40;
  private static final int TEXT_SCALE = 3;
  private static final int MODULE = 2;

  private PngLabel() {}

  static byte[] render(LabelContent content) {
    BufferedImage image = Pixels.blank(WIDTH, HEIGHT);
    int maxChars = (WIDTH - 2 * MARGIN) / BitmapFont.advance(TEXT_SCALE);
    int lineHeight = (BitmapFont.GLYPH_HEIGHT + 4) * TEXT_SCALE;
    int y = MARGIN;
    List<String> lines = content.lines();
    BitmapFont.draw(image, MARGIN, y, TEXT_SCALE + 1, clip(lines.getFirst(), maxChars));
    y += lineHeight + 12;
    Pixels.fill(image, MARGIN, y, WIDTH - 2 * MARGIN, 4);
    y += 24;
    for (String line : lines.subList(1, lines.size())) {
      BitmapFont.draw(image, MARGIN, y, TEXT_SCALE, clip(line, maxChars));
      y += line.isEmpty() ? lineHeight / 2 : lineHeight;
    }
    List<Code39.Bar> bars = Code39.encode(content.trackingCode());
    int barcodeX = (WIDTH - Code39.width(bars) * MODULE) / 2;
    int barcodeY = HEIGHT - MARGIN - 260;
    bars.forEach(
        bar ->
            Pixels.fill(
                image, barcodeX + bar.start() * MODULE, barcodeY, bar.width() * MODULE, 160));
    BitmapFont.draw(
        image, MARGIN, HEIGHT - MARGIN - 70, TEXT_SCALE, "TRACKING #: " + content.trackingCode());
    BitmapFont.draw(
        image, MARGIN, HEIGHT - MARGIN - 20, 2, "SANDBOX LABEL - NOT VALID FOR SHIPPING");
    return encode(image);
  }

  private static String clip(String line, int maxChars) {
    return line.length() <= maxChars ? line : line.substring(0, maxChars);
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      // Writing to memory cannot fail for I/O reasons; surface anything else loudly.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
