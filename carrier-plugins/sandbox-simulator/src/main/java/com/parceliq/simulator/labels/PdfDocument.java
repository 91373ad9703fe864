package com.parceliq.simulator.labels;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal PDF 1.4 writer: pages of Helvetica text and filled rectangles, which is all a shipping
 * label or scan form needs. Written by hand so the simulator has no PDF library to ship; the
 * cross-reference table is computed from real byte offsets, so strict readers accept the file.
 */
final class PdfDocument {

  private static final int FIRST_PAGE_OBJECT = 5;

  private final float width;
  private final float height;
  private final List<StringBuilder> pages = new ArrayList<>();

  /** A document whose pages are {@code width} by {@code height} points (1/72 inch). */
  PdfDocument(float width, float height) {
    this.width = width;
    this.height = height;
    newPage();
  }

  PdfDocument newPage() {
    pages.add(new StringBuilder());
    return this;
  }

  /** Text with its baseline at ({@code x}, {@code y}) from the bottom-left corner. */
  PdfDocument text(float x, float y, float size, boolean bold, String text) {
    current()
        .append("BT /")
        .append(bold ? "F2 " : "F1 ")
        .append(number(size))
        .append(" Tf ")
        .append(number(x))
        .append(' ')
        .append(number(y))
        .append(" Td (")
        .append(escape(text))
        .append(") Tj ET\n");
    return this;
  }

  PdfDocument fillRect(float x, float y, float w, float h) {
    current().append(number(x)).append(' ').append(number(y)).append(' ');
    current().append(number(w)).append(' ').append(number(h)).append(" re f\n");
    return this;
  }

  byte[] toBytes() {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      kids.append(FIRST_PAGE_OBJECT + 2 * i).append(" 0 R ");
    }
    objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
    objects.add(font("Helvetica"));
    objects.add(font("Helvetica-Bold"));
    for (int i = 0; i < pages.size(); i++) {
      String content = pages.get(i).toString();
      objects.add(
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
              + number(width)
              + " "
              + number(height)
              + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
              + (FIRST_PAGE_OBJECT + 2 * i + 1)
              + " 0 R >>");
      objects.add(
          "<< /Length "
              + content.getBytes(StandardCharsets.ISO_8859_1).length
              + " >>\nstream\n"
              + content
              + "endstream");
    }
    return serialize(objects);
  }

  private static byte[] serialize(List<String> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static String font(String baseFont) {
    return "<< /Type /Font /Subtype /Type1 /BaseFont /"
        + baseFont
        + " /Encoding /WinAnsiEncoding >>";
  }

  private StringBuilder current() {
    return pages.getLast();
  }

  private static String number(float value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** PDF string literal escaping; anything outside printable ASCII becomes '?'. */
  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 32 || c > 126) {
        escaped.append('?');
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
