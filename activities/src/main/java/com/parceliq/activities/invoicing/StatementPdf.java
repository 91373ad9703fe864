package com.parceliq.activities.invoicing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The statement as a printable PDF: a summary page (balances and totals per kind) followed by the
 * lines, {@link #LINES_PER_PAGE} to a page, added as they stream by. Page content is cached in
 * temporary files, not the heap. Text is kept to printable ASCII (the standard fonts' encoding).
 */
final class StatementPdf implements AutoCloseable {

  static final int LINES_PER_PAGE = 45;
  private static final float MARGIN = 40;
  private static final float LEADING = 14;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final float[] COLUMNS = {0, 75, 200, 285, 410, 610, 665};
  private static final PDRectangle LANDSCAPE =
      new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;
  private int linesOnPage;

  StatementPdf() {
    document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
  }

  void write(StatementLine line) {
    try {
      if (page == null || linesOnPage == LINES_PER_PAGE) {
        newLinesPage();
      }
      String reference = line.shipmentId() != null ? line.shipmentId() : line.pickupId();
      row(
          regular,
          DATE.format(line.createdAt()),
          line.entryId(),
          line.kind(),
          reference == null ? "" : reference,
          clip(line.description(), 48),
          line.change().toPlainString(),
          line.balanceAfter().toPlainString());
      linesOnPage++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts the summary page first and saves the document to {@code file}. */
  void finish(StatementSummary summary, Path file) {
    try {
      closePage();
      PDPage first = new PDPage(PDRectangle.LETTER);
      if (document.getNumberOfPages() == 0) {
        document.addPage(first);
      } else {
        document.getPages().insertBefore(first, document.getPage(0));
      }
      try (PDPageContentStream text = new PDPageContentStream(document, first)) {
        page = text;
        y = first.getMediaBox().getHeight() - MARGIN;
        summaryText(summary);
      }
      page = null;
      document.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summaryText(StatementSummary s) throws IOException {
    text(bold, 16, 0, "ParcelIQ statement " + s.period());
    y -= 10;
    text(regular, 10, 0, "Statement: " + s.invoiceId());
    text(regular, 10, 0, "Tenant: " + clip(s.tenantName(), 60) + " (" + s.tenantId() + ")");
    text(regular, 10, 0, "Period: " + s.period().start() + " to " + s.period().end() + " (UTC)");
    text(regular, 10, 0, "Currency: " + s.currency());
    y -= 10;
    text(bold, 11, 0, "Opening balance: " + s.opening().toPlainString());
    for (Map.Entry<String, java.math.BigDecimal> total : s.totals().entrySet()) {
      text(regular, 10, 20, total.getKey() + ": " + total.getValue().toPlainString());
    }
    text(bold, 11, 0, "Closing balance: " + s.closing().toPlainString());
    y -= 10;
    text(regular, 10, 0, "Lines: " + s.lines());
    text(
        regular,
        8,
        0,
        "Balances are the wallet plus the money held for purchases in flight; holds and their"
            + " releases are no lines.");
  }

  private void newLinesPage() throws IOException {
    closePage();
    PDPage next = new PDPage(LANDSCAPE);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = next.getMediaBox().getHeight() - MARGIN;
    linesOnPage = 0;
    row(
        bold,
        "Date (UTC)",
        "Entry",
        "Kind",
        "Shipment / pickup",
        "Description",
        "Change",
        "Balance");
  }

  private void row(PDType1Font font, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      page.beginText();
      page.setFont(font, 7);
      page.newLineAtOffset(MARGIN + COLUMNS[i], y);
      page.showText(printable(cells[i]));
      page.endText();
    }
    y -= LEADING * 0.75f;
  }

  private void text(PDType1Font font, float size, float indent, String value) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(MARGIN + indent, y);
    page.showText(printable(value));
    page.endText();
    y -= LEADING;
  }

  private void closePage() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
  }

  private static String clip(String value, int max) {
    if (value == null) {
      return "";
    }
    return value.length() <= max ? value : value.substring(0, max - 3) + "...";
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return out.toString();
  }

  @Override
  public void close() {
    try {
      closePage();
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
