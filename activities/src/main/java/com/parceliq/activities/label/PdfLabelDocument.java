package com.parceliq.activities.label;

import com.parceliq.carrier.spi.LabelFormat;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF with one page per label page. PNG labels are drawn on a 4x6 inch page, scaled to fit; PDF
 * labels keep their pages' size. Every stream (images, imported pages) is cached in temporary files
 * rather than in memory, and each PDF label is copied into the document (as a form) and closed at
 * once, so memory holds the page tree, not the labels: ten thousand labels fit in a small heap.
 */
final class PdfLabelDocument implements LabelDocument {

  /** 4x6 inches in PDF points (1/72 inch): the thermal label size carriers print. */
  static final PDRectangle LABEL_4X6 = new PDRectangle(4 * 72, 6 * 72);

  private final PDDocument document;
  private final LayerUtility layers;

  PdfLabelDocument() {
    this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    this.layers = new LayerUtility(document);
  }

  @Override
  public void append(Path label, LabelFormat format) throws IOException {
    switch (format) {
      case PNG -> appendImage(label);
      case PDF -> appendPdf(label);
      case ZPL -> throw new IllegalArgumentException("a ZPL label cannot go into a PDF document");
    }
  }

  private void appendImage(Path label) throws IOException {
    PDImageXObject image = PDImageXObject.createFromFileByContent(label.toFile(), document);
    PDPage page = new PDPage(LABEL_4X6);
    document.addPage(page);
    float scale =
        Math.min(
            LABEL_4X6.getWidth() / image.getWidth(), LABEL_4X6.getHeight() / image.getHeight());
    float width = image.getWidth() * scale;
    float height = image.getHeight() * scale;
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawImage(
          image,
          (LABEL_4X6.getWidth() - width) / 2,
          (LABEL_4X6.getHeight() - height) / 2,
          width,
          height);
    }
  }

  private void appendPdf(Path label) throws IOException {
    try (PDDocument source =
        Loader.loadPDF(
            new RandomAccessReadBufferedFile(label.toFile()),
            "",
            null,
            null,
            IOUtils.createTempFileOnlyStreamCache())) {
      for (int index = 0; index < source.getNumberOfPages(); index++) {
        PDPage sourcePage = source.getPage(index);
        // A form is a deep copy into this document, so the source can be closed right after.
        PDFormXObject form = layers.importPageAsForm(source, index);
        PDPage page = new PDPage(sourcePage.getMediaBox());
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawForm(form);
        }
      }
    }
  }

  @Override
  public int pages() {
    return document.getNumberOfPages();
  }

  @Override
  public void writeTo(Path target) throws IOException {
    document.save(target.toFile());
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
