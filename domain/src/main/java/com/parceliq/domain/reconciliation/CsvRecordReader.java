package com.parceliq.domain.reconciliation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (quoted fields with commas, doubled quotes and line breaks; CRLF or LF)
 * from a stream of UTF-8 bytes and knows the byte offset after every record, so a reader of a huge
 * file can stop after any record and a new one can start there with a ranged read. Memory is one
 * record (at most {@link #MAX_RECORD_BYTES}). Blank lines are skipped.
 */
public final class CsvRecordReader {

  /** A record longer than this is not an invoice line: the file is refused rather than buffered. */
  public static final int MAX_RECORD_BYTES = 64 * 1024;

  private static final int EOF = -1;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long offset;
  private long lineNo;
  private final ByteArrayOutputStream field = new ByteArrayOutputStream();

  /**
   * {@code in} starts at byte {@code startOffset} of the file; {@code lineNo} is the number of the
   * record before it (0 after the header), so errors name the right data line.
   */
  public CsvRecordReader(InputStream in, long startOffset, long lineNo) {
    this.in = in;
    this.offset = startOffset;
    this.lineNo = lineNo;
  }

  /** The header row at the start of a file, without a byte order mark; null for an empty file. */
  public static List<String> header(CsvRecordReader reader) {
    List<String> header = reader.next();
    if (header != null && !header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header = new ArrayList<>(header);
      header.set(0, header.get(0).substring(1));
    }
    return header;
  }

  /** The next record's fields, or null at the end of the file. */
  public List<String> next() {
    while (true) {
      int first = read();
      if (first == EOF) {
        return null;
      }
      if (first == '\n') {
        continue;
      }
      if (first == '\r') {
        skipIf('\n');
        continue;
      }
      lineNo++;
      return record(first);
    }
  }

  /** The byte offset just after the last record returned (where a resumed read starts). */
  public long offset() {
    return offset;
  }

  /** The number of the last record returned, counted like {@code lineNo} in the constructor. */
  public long lineNo() {
    return lineNo;
  }

  private List<String> record(int first) {
    List<String> fields = new ArrayList<>();
    field.reset();
    int recordBytes = 0;
    boolean quoted = false;
    boolean closed = false;
    int b = first;
    while (true) {
      if (++recordBytes > MAX_RECORD_BYTES) {
        throw new InvoiceFileException(lineNo, "is longer than " + MAX_RECORD_BYTES + " bytes");
      }
      if (quoted) {
        if (b == EOF) {
          throw new InvoiceFileException(lineNo, "has a quoted field that never ends");
        }
        if (b == '"') {
          if (skipIf('"')) {
            field.write('"');
          } else {
            quoted = false;
            closed = true;
          }
        } else {
          field.write(b);
        }
      } else if (b == ',') {
        fields.add(text());
        closed = false;
      } else if (b == '\n' || b == EOF) {
        fields.add(text());
        return fields;
      } else if (b == '\r') {
        skipIf('\n');
        fields.add(text());
        return fields;
      } else if (closed) {
        throw new InvoiceFileException(lineNo, "has text after a closing quote");
      } else if (b == '"') {
        if (field.size() > 0) {
          throw new InvoiceFileException(lineNo, "has a quote inside an unquoted field");
        }
        quoted = true;
      } else {
        field.write(b);
      }
      b = read();
    }
  }

  private String text() {
    String value = field.toString(StandardCharsets.UTF_8);
    field.reset();
    return value;
  }

  private int read() {
    if (position == limit && !fill()) {
      return EOF;
    }
    offset++;
    return buffer[position++] & 0xFF;
  }

  private boolean skipIf(int expected) {
    if (position == limit && !fill()) {
      return false;
    }
    if ((buffer[position] & 0xFF) != expected) {
      return false;
    }
    position++;
    offset++;
    return true;
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
