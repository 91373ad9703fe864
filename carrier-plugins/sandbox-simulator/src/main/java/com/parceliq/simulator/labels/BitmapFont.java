package com.parceliq.simulator.labels;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A 5x7 pixel font for PNG labels. Drawing pixels ourselves keeps PNG rendering independent of the
 * machine's installed fonts (a headless server may have none). Each glyph is seven rows of five
 * bits, most significant bit on the left.
 */
final class BitmapFont {

  static final int GLYPH_WIDTH = 5;
  static final int GLYPH_HEIGHT = 7;

  private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ .,-:/#?()&'@=";
  private static final String[] GLYPHS = {
    "0E11131519110E", "040C040404040E", "0E11010204081F", "1F02040201110E", "02060A121F0202",
    "1F101E0101110E", "0608101E11110E", "1F010204080808", "0E11110E11110E", "0E11110F01020C",
    "0E1111111F1111", "1E11111E11111E", "0E11101010110E", "1C12111111121C", "1F10101E10101F",
    "1F10101E101010", "0E11101711110F", "1111111F111111", "0E04040404040E", "0702020202120C",
    "11121418141211", "1010101010101F", "111B1515111111", "11111915131111", "0E11111111110E",
    "1E11111E101010", "0E11111115120D", "1E11111E141211", "0F10100E01011E", "1F040404040404",
    "1111111111110E", "11111111110A04", "1111111515150A", "11110A040A1111", "1111110A040404",
    "1F01020408101F", "00000000000000", "00000000000C0C", "000000000C0408", "0000001F000000",
    "000C0C000C0C00", "00010204081000", "0A0A1F0A1F0A0A", "0E110102040004", "02040808080402",
    "08040202020408", "0C12140815120D", "0C040800000000", "0E11010D15150E", "00001F001F0000"
  };

  private BitmapFont() {}

  /** Draws {@code text} in black with its top-left corner at ({@code x}, {@code y}). */
  static void draw(BufferedImage image, int x, int y, int scale, String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      drawGlyph(image, x + i * (GLYPH_WIDTH + 1) * scale, y, scale, glyph(upper.charAt(i)));
    }
  }

  /** Width in pixels of one character cell (glyph plus spacing) at {@code scale}. */
  static int advance(int scale) {
    return (GLYPH_WIDTH + 1) * scale;
  }

  private static String glyph(char c) {
    int index = CHARS.indexOf(c);
    return GLYPHS[index < 0 ? CHARS.indexOf('?') : index];
  }

  private static void drawGlyph(BufferedImage image, int x, int y, int scale, String hexRows) {
    for (int row = 0; row < GLYPH_HEIGHT; row++) {
      int bits = Integer.parseInt(hexRows.substring(row * 2, row * 2 + 2), 16);
      for (int col = 0; col < GLYPH_WIDTH; col++) {
        if ((bits & (1 << (GLYPH_WIDTH - 1 - col))) != 0) {
          Pixels.fill(image, x + col * scale, y + row * scale, scale, scale);
        }
      }
    }
  }
}
