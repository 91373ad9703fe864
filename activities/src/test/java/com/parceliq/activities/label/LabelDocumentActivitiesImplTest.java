package com.parceliq.activities.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.parceliq.domain.ErrorCode;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.LabelMerge;
import com.parceliq.workflows.ports.StoredDocument;
import io.temporal.failure.ApplicationFailure;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelDocumentActivitiesImplTest {

  private static final String BUCKET = "parceliq-labels";
  private static final String TENANT = "ten_1";

  private final InMemoryS3 s3 = new InMemoryS3();
  private final S3Settings settings = mock(S3Settings.class);
  private final LabelDocumentActivitiesImpl documents =
      new LabelDocumentActivitiesImpl(s3, settings);
  private final List<Integer> progress = new ArrayList<>();

  @BeforeEach
  void setUp() {
    when(settings.labelsBucket()).thenReturn(BUCKET);
  }

  @Test
  void pngAndPdfLabelsBecomeOnePdfWithOnePagePerLabelPage() throws Exception {
    s3.put(BUCKET, "ten_1/shp_1/label.png", png(812, 1218));
    s3.put(BUCKET, "ten_1/shp_2/label.pdf", pdf(2, PDRectangle.A6));
    s3.put(BUCKET, "ten_1/shp_3/label.png", png(400, 300));

    StoredDocument stored =
        documents.merge(
            new LabelMerge(
                TENANT,
                "PDF",
                "ten_1/batches/batch_1/labels.pdf",
                List.of("ten_1/shp_1/label.png", "ten_1/shp_2/label.pdf", "ten_1/shp_3/label.png")),
            progress::add);

    byte[] merged = s3.get(BUCKET, "ten_1/batches/batch_1/labels.pdf");
    assertThat(stored)
        .isEqualTo(
            new StoredDocument(
                BUCKET,
                "ten_1/batches/batch_1/labels.pdf",
                "PDF",
                4,
                sha256(merged),
                merged.length));
    assertThat(s3.contentTypes)
        .containsEntry(BUCKET + "/ten_1/batches/batch_1/labels.pdf", "application/pdf");
    try (PDDocument document = Loader.loadPDF(merged)) {
      assertThat(document.getNumberOfPages()).isEqualTo(4);
      assertThat(size(document, 0)).isEqualTo(size(PdfLabelDocument.LABEL_4X6));
      assertThat(size(document, 1)).isEqualTo(size(PDRectangle.A6));
      assertThat(size(document, 2)).isEqualTo(size(PDRectangle.A6));
      assertThat(size(document, 3)).isEqualTo(size(PdfLabelDocument.LABEL_4X6));
    }
    assertThat(progress).containsExactly(1, 2, 3);
  }

  @Test
  void zplLabelsAreConcatenatedEachOnItsOwnLine() {
    s3.put(BUCKET, "ten_1/shp_1/label.zpl", "^XA^FDone^FS^XZ".getBytes(StandardCharsets.US_ASCII));
    s3.put(
        BUCKET, "ten_1/shp_2/label.zpl", "^XA^FDtwo^FS^XZ\n".getBytes(StandardCharsets.US_ASCII));

    StoredDocument stored =
        documents.merge(
            new LabelMerge(
                TENANT,
                "zpl",
                "ten_1/batches/batch_1/labels.zpl",
                List.of("ten_1/shp_1/label.zpl", "ten_1/shp_2/label.zpl")),
            progress::add);

    assertThat(new String(s3.get(BUCKET, stored.key()), StandardCharsets.US_ASCII))
        .isEqualTo("^XA^FDone^FS^XZ\n^XA^FDtwo^FS^XZ\n");
    assertThat(stored.format()).isEqualTo("ZPL");
    assertThat(stored.pages()).isEqualTo(2);
  }

  @Test
  void aMergeRunAgainRebuildsTheSameDocumentUnderTheSameKey() throws Exception {
    s3.put(BUCKET, "ten_1/shp_1/label.zpl", "^XA^XZ".getBytes(StandardCharsets.US_ASCII));
    LabelMerge merge =
        new LabelMerge(TENANT, "ZPL", "ten_1/b/labels.zpl", List.of("ten_1/shp_1/label.zpl"));

    StoredDocument first = documents.merge(merge, progress::add);
    StoredDocument second = documents.merge(merge, progress::add);

    assertThat(second).isEqualTo(first);
    assertThat(s3.objects).hasSize(2);
  }

  @Test
  void aPngLabelCannotGoIntoZplAndIsRefusedWithoutRetrying() throws Exception {
    s3.put(BUCKET, "ten_1/shp_1/label.zpl", "^XA^XZ".getBytes(StandardCharsets.US_ASCII));
    s3.put(BUCKET, "ten_1/shp_2/label.png", png(10, 10));

    assertRefused(
        new LabelMerge(
            TENANT,
            "ZPL",
            "ten_1/b/labels.zpl",
            List.of("ten_1/shp_1/label.zpl", "ten_1/shp_2/label.png")),
        "ten_1/shp_2/label.png");
    assertThat(s3.get(BUCKET, "ten_1/b/labels.zpl")).isNull();
  }

  @Test
  void anotherTenantsLabelOrTargetIsRefused() {
    assertRefused(
        new LabelMerge(TENANT, "PDF", "ten_1/b/labels.pdf", List.of("ten_2/shp_9/label.pdf")),
        "ten_2/shp_9/label.pdf");
    assertRefused(
        new LabelMerge(TENANT, "PDF", "ten_2/b/labels.pdf", List.of("ten_1/shp_1/label.pdf")),
        "ten_2/b/labels.pdf");
  }

  @Test
  void onlyPdfAndZplDocumentsAreMade() {
    assertRefused(
        new LabelMerge(TENANT, "PNG", "ten_1/b/labels.png", List.of("ten_1/shp_1/label.png")),
        "PNG");
  }

  private void assertRefused(LabelMerge merge, String mentioned) {
    assertThatThrownBy(() -> documents.merge(merge, progress::add))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getType()).isEqualTo(ErrorCode.REQUEST_INVALID.code());
              assertThat(failure.getOriginalMessage()).contains(mentioned);
            });
  }

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.BLACK);
    graphics.fillRect(width / 4, height / 4, width / 2, height / 8);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] pdf(int pages, PDRectangle size) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int index = 0; index < pages; index++) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.addRect(20, 20, 100, 40 + index * 10);
          content.fill();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static List<Float> size(PDDocument document, int page) {
    return size(document.getPage(page).getMediaBox());
  }

  private static List<Float> size(PDRectangle box) {
    return List.of(box.getWidth(), box.getHeight());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
