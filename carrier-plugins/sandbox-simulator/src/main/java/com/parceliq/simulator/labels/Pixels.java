package com.parceliq.simulator.labels;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/** One-bit drawing on a {@link BufferedImage#TYPE_BYTE_BINARY} image, like a thermal printer. */
final class Pixels {

  private static final int BLACK = 0;
  private static final int WHITE = 1;

  private Pixels() {}

  static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    paint(image, 0, 0, width, height, WHITE);
    return image;
  }

  /** Fills a black rectangle, clipped to the image. */
  static void fill(BufferedImage image, int x, int y, int width, int height) {
    paint(image, x, y, width, height, BLACK);
  }

  private static void paint(BufferedImage image, int x, int y, int width, int height, int value) {
    WritableRaster raster = image.getRaster();
    int right = Math.min(image.getWidth(), x + width);
    int bottom = Math.min(image.getHeight(), y + height);
    for (int row = Math.max(0, y); row < bottom; row++) {
      for (int col = Math.max(0, x); col < right; col++) {
        raster.setSample(col, row, 0, value);
      }
    }
  }
}
