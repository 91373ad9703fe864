package com.parceliq.activities.label;

import com.parceliq.carrier.spi.LabelFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Concatenated ZPL: a thermal printer reads each {@code ^XA...^XZ} block as one label, so the
 * labels one after the other, each on its own line, print as a roll. Written to a file as they
 * come.
 */
final class ZplLabelDocument implements LabelDocument {

  private final Path file;
  private final OutputStream out;
  private int pages;

  ZplLabelDocument(Path workDir) throws IOException {
    this.file = Files.createTempFile(workDir, "merged", ".zpl");
    this.out = Files.newOutputStream(file);
  }

  @Override
  public void append(Path label, LabelFormat format) throws IOException {
    if (format != LabelFormat.ZPL) {
      throw new IllegalArgumentException("a " + format + " label cannot go into a ZPL document");
    }
    byte[] zpl = Files.readAllBytes(label);
    out.write(zpl);
    if (zpl.length == 0 || zpl[zpl.length - 1] != '\n') {
      out.write('\n');
    }
    pages++;
  }

  @Override
  public int pages() {
    return pages;
  }

  @Override
  public void writeTo(Path target) throws IOException {
    out.close();
    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(file);
  }
}
