package com.parceliq.activities.label;

import com.parceliq.carrier.spi.LabelFormat;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One document being built out of label files, label by label, so only the label at hand is read
 * into memory. {@link #close()} releases what the document holds on disk.
 */
interface LabelDocument extends Closeable {

  /** Appends the label file {@code label} (of {@code format}) to the document. */
  void append(Path label, LabelFormat format) throws IOException;

  /** The pages (labels) appended so far. */
  int pages();

  /** Writes the finished document to {@code target}. */
  void writeTo(Path target) throws IOException;
}
