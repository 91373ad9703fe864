package com.parceliq.simulator.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Code 39 barcodes, which encode the tracking code's letters and digits without a check digit, so
 * the labels scan with any reader. Patterns list nine elements (bar, space, ... bar); 1 is wide.
 */
final class Code39 {

  /** A bar at {@code start} modules from the left, {@code width} modules wide. */
  record Bar(int start, int width) {}

  static final int WIDE = 3;

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. *";
  private static final String[] PATTERNS = {
    "000110100", "100100001", "001100001", "101100000", "000110001", "100110000", "001110000",
    "000100101", "100100100", "001100100", "100001001", "001001001", "101001000", "000011001",
    "100011000", "001011000", "000001101", "100001100", "001001100", "000011100", "100000011",
    "001000011", "101000010", "000010011", "100010010", "001010010", "000000111", "100000110",
    "001000110", "000010110", "110000001", "011000001", "111000000", "010010001", "110010000",
    "011010000", "010000101", "110000100", "011000100", "010010100"
  };

  private Code39() {}

  /** The bars for {@code text} framed by the {@code *} start/stop character. */
  static List<Bar> encode(String text) {
    String framed = "*" + text.toUpperCase(Locale.ROOT) + "*";
    List<Bar> bars = new ArrayList<>();
    int x = 0;
    for (int i = 0; i < framed.length(); i++) {
      int index = ALPHABET.indexOf(framed.charAt(i));
      if (index < 0) {
        throw new IllegalArgumentException("Code 39 cannot encode '" + framed.charAt(i) + "'");
      }
      String pattern = PATTERNS[index];
      for (int element = 0; element < pattern.length(); element++) {
        int width = pattern.charAt(element) == '1' ? WIDE : 1;
        if (element % 2 == 0) {
          bars.add(new Bar(x, width));
        }
        x += width;
      }
      x += 1; // narrow gap between characters
    }
    return bars;
  }

  /** Total width in modules of {@link #encode(String)}'s result. */
  static int width(List<Bar> bars) {
    Bar last = bars.getLast();
    return last.start() + last.width();
  }
}
