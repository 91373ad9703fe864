package com.parceliq.activities.reconciliation;

import com.parceliq.domain.Money;
import com.parceliq.domain.reconciliation.CsvRecordReader;
import com.parceliq.domain.reconciliation.InvoiceFileException;
import com.parceliq.domain.reconciliation.InvoiceFormat;
import com.parceliq.domain.reconciliation.InvoiceFormats;
import com.parceliq.domain.reconciliation.InvoiceLine;
import com.parceliq.workflows.ports.ParsedInvoice;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import io.temporal.activity.ActivityExecutionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Streams an invoice from S3 into staged lines. A fresh parse reads the header to pick the format;
 * a resumed one starts at the checkpoint's byte offset (a ranged GET) with the format it names.
 * After every committed batch it heartbeats the checkpoint, so a worker killed mid-file costs one
 * batch at most, and the lines of that batch are skipped if they were staged after all.
 */
@ApplicationScoped
public class InvoiceParse {

  private static final Logger LOG = Logger.getLogger(InvoiceParse.class);

  @Inject InvoiceObjects objects;
  @Inject RunRows runs;
  @Inject LineStaging staging;
  @Inject ReconciliationSettings settings;

  ParsedInvoice parse(ReconciliationRequest request, ActivityExecutionContext context) {
    RunRow row =
        runs.find(request.tenantId(), request.runId())
            .orElseThrow(() -> new IllegalStateException("run " + request.runId() + " not found"));
    if (!row.status().equals("pending") && !row.status().equals("parsing")) {
      return parsed(row);
    }
    long size = objects.size(request.bucket(), request.key());
    Optional<ParseCheckpoint> resume =
        context.getHeartbeatDetails(ParseCheckpoint.class).or(() -> fromRow(row));
    long from = resume.map(ParseCheckpoint::offset).orElse(0L);
    try (InputStream body = objects.open(request.bucket(), request.key(), from, size)) {
      CsvRecordReader reader;
      ParseCheckpoint start;
      InvoiceFormat format;
      if (resume.isPresent()) {
        start = resume.get();
        format = InvoiceFormats.named(start.format()).orElseThrow();
        reader = new CsvRecordReader(body, start.offset(), start.lineNo());
        LOG.infof(
            "reconciliation %s: parse resumes at byte %d after line %d",
            request.runId(), start.offset(), start.lineNo());
      } else {
        reader = new CsvRecordReader(body, 0, -1);
        List<String> header = CsvRecordReader.header(reader);
        if (header == null) {
          throw new InvoiceFileException(0, "the file is empty");
        }
        format = InvoiceFormats.forHeader(header);
        start = new ParseCheckpoint(0, 0, format.name(), carrierOf(request, format));
      }
      runs.startParse(request.tenantId(), request.runId(), start, size);
      long lines = stream(request, reader, format, start, context);
      return new ParsedInvoice(format.name(), start.carrier(), null, lines, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long stream(
      ReconciliationRequest request,
      CsvRecordReader reader,
      InvoiceFormat format,
      ParseCheckpoint start,
      ActivityExecutionContext context) {
    int batchSize = settings.parseBatchSize();
    List<InvoiceLine> batch = new ArrayList<>(batchSize);
    long firstLineNo = reader.lineNo() + 1;
    List<String> fields;
    while ((fields = reader.next()) != null) {
      batch.add(usd(format.parse(fields, reader.lineNo()), reader.lineNo()));
      if (batch.size() == batchSize) {
        commit(request, batch, firstLineNo, reader, start, false, context);
        batch.clear();
        firstLineNo = reader.lineNo() + 1;
      }
    }
    if (reader.lineNo() <= 0) {
      throw new InvoiceFileException(0, "the file has no charge lines");
    }
    commit(request, batch, firstLineNo, reader, start, true, context);
    return reader.lineNo();
  }

  private void commit(
      ReconciliationRequest request,
      List<InvoiceLine> batch,
      long firstLineNo,
      CsvRecordReader reader,
      ParseCheckpoint start,
      boolean done,
      ActivityExecutionContext context) {
    staging.stage(
        request.tenantId(),
        request.runId(),
        batch,
        firstLineNo,
        reader.offset(),
        reader.lineNo(),
        done);
    context.heartbeat(
        new ParseCheckpoint(reader.offset(), reader.lineNo(), start.format(), start.carrier()));
  }

  /** Wallets are in US dollars: a charge in another currency cannot be reconciled. */
  private static InvoiceLine usd(InvoiceLine line, long lineNo) {
    if (!Money.USD.equals(line.currency())) {
      throw new InvoiceFileException(
          lineNo, "currency " + line.currency() + " is not supported (USD only)");
    }
    return line;
  }

  private static String carrierOf(ReconciliationRequest request, InvoiceFormat format) {
    String asked = request.carrier();
    if (asked != null && !asked.isBlank() && !asked.equals(format.carrier())) {
      throw new InvoiceFileException(
          0, "the file is a " + format.name() + " invoice, not one of carrier " + asked);
    }
    return format.carrier();
  }

  /** The row's own progress, when an attempt staged batches but no heartbeat reached us. */
  private static Optional<ParseCheckpoint> fromRow(RunRow row) {
    if (row.format() == null || row.bytesRead() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ParseCheckpoint(row.bytesRead(), row.linesParsed(), row.format(), row.carrier()));
  }

  private static ParsedInvoice parsed(RunRow row) {
    return new ParsedInvoice(
        row.format(), row.carrier(), row.invoiceNumber(), row.linesParsed(), row.objectBytes());
  }
}
