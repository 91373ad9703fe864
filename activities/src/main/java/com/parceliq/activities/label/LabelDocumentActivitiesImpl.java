package com.parceliq.activities.label;

import com.parceliq.activities.carrier.LabelFormats;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.LabelDocumentActivities;
import com.parceliq.workflows.ports.LabelMerge;
import com.parceliq.workflows.ports.StoredDocument;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Merges stored labels into one document in a temporary directory, one label at a time, and uploads
 * it from disk. Nothing is kept between attempts: a retry (after a worker crash, say) rebuilds the
 * document and overwrites the same key, so the heartbeat only reports progress.
 */
@ApplicationScoped
public class LabelDocumentActivitiesImpl implements LabelDocumentActivities {

  private final S3Client s3;
  private final S3Settings settings;

  @Inject
  public LabelDocumentActivitiesImpl(S3Client s3, S3Settings settings) {
    this.s3 = s3;
    this.settings = settings;
  }

  @Override
  public StoredDocument mergeLabels(LabelMerge request) {
    return merge(request, count -> Activity.getExecutionContext().heartbeat(count));
  }

  /** The merge itself; {@code progress} hears the count of labels merged after each one. */
  StoredDocument merge(LabelMerge request, IntConsumer progress) {
    LabelFormat format = outputFormat(request.format());
    requireTenantKeys(request);
    if (request.labelKeys().isEmpty()) {
      throw invalid("a merged label document needs at least one label");
    }
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("label-merge");
      Path merged = workDir.resolve("merged." + format.extension());
      int pages;
      try (LabelDocument document = open(format, workDir)) {
        Path label = workDir.resolve("label");
        int count = 0;
        for (String key : request.labelKeys()) {
          download(key, label);
          append(document, label, key);
          progress.accept(++count);
        }
        pages = document.pages();
        document.writeTo(merged);
      }
      String bucket = settings.labelsBucket();
      s3.putObject(
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(request.targetKey())
              .contentType(format.mediaType())
              .build(),
          RequestBody.fromFile(merged));
      return new StoredDocument(
          bucket, request.targetKey(), format.name(), pages, sha256(merged), Files.size(merged));
    } catch (IOException e) {
      // Disk full, a label the library cannot read: worth another attempt, which starts afresh.
      throw new UncheckedIOException("merging labels into " + request.targetKey() + " failed", e);
    } finally {
      deleteRecursively(workDir);
    }
  }

  private static LabelDocument open(LabelFormat format, Path workDir) throws IOException {
    return format == LabelFormat.ZPL ? new ZplLabelDocument(workDir) : new PdfLabelDocument();
  }

  private static void append(LabelDocument document, Path label, String key) throws IOException {
    LabelFormat labelFormat =
        LabelFormats.byExtension(extension(key))
            .orElseThrow(() -> invalid("label " + key + " is not a PNG, PDF or ZPL file"));
    try {
      document.append(label, labelFormat);
    } catch (IllegalArgumentException mismatch) {
      throw invalid("label " + key + ": " + mismatch.getMessage());
    }
  }

  private void download(String key, Path target) throws IOException {
    try (InputStream in =
        s3.getObject(GetObjectRequest.builder().bucket(settings.labelsBucket()).key(key).build())) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static LabelFormat outputFormat(String format) {
    String name = format == null ? "" : format.toUpperCase(Locale.ROOT);
    return switch (name) {
      case "PDF" -> LabelFormat.PDF;
      case "ZPL" -> LabelFormat.ZPL;
      default -> throw invalid("a merged label document is PDF or ZPL, not " + format);
    };
  }

  /** Every key is under the tenant's prefix: a merge never reads or writes another tenant's. */
  private static void requireTenantKeys(LabelMerge request) {
    String prefix = request.tenantId() + "/";
    Stream.concat(Stream.of(request.targetKey()), request.labelKeys().stream())
        .filter(key -> key == null || !key.startsWith(prefix))
        .findFirst()
        .ifPresent(
            key -> {
              throw invalid("object key " + key + " is not tenant " + request.tenantId() + "'s");
            });
  }

  private static String extension(String key) {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? "" : key.substring(dot + 1);
  }

  private static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, ErrorCode.REQUEST_INVALID.code());
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is not worth failing a finished merge for.
    }
  }
}
