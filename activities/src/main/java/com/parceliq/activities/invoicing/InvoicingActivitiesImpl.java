package com.parceliq.activities.invoicing;

import com.parceliq.domain.Money;
import com.parceliq.domain.invoices.InvoiceIds;
import com.parceliq.domain.invoices.StatementPeriod;
import com.parceliq.workflows.ports.InvoicingActivities;
import com.parceliq.workflows.ports.IssuedStatement;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Issues statements. Order matters for crash safety: the files are uploaded before the row is
 * inserted, both under the id that tenant and period determine, so a crash between the two leaves
 * objects the retry overwrites with the same content, and a statement with a row always has its
 * files. Once the row exists, nothing is computed or uploaded again.
 */
@ApplicationScoped
public class InvoicingActivitiesImpl implements InvoicingActivities {

  private static final Logger LOG = Logger.getLogger(InvoicingActivitiesImpl.class);

  @Inject StatementTenants tenants;
  @Inject StatementLedger ledger;
  @Inject StatementObjects objects;
  @Inject TenantInvoiceRows rows;

  @Override
  public List<String> invoiceTenants(String afterTenantId, int limit, String period) {
    return tenants.due(afterTenantId, limit, StatementPeriod.of(period));
  }

  @Override
  public IssuedStatement statementIssue(String tenantId, String period, String workflowRunId) {
    StatementPeriod month = StatementPeriod.of(period);
    Optional<String> existing = rows.issued(tenantId, period);
    if (existing.isPresent()) {
      return new IssuedStatement(existing.get(), tenantId, period, false, 0);
    }
    String invoiceId = InvoiceIds.of(tenantId, month);
    Path directory = temporaryDirectory(invoiceId);
    try {
      Path csvFile = directory.resolve(invoiceId + ".csv");
      Path pdfFile = directory.resolve(invoiceId + ".pdf");
      StatementSummary summary = write(tenantId, month, invoiceId, csvFile, pdfFile);
      StatementObjects.Stored csv =
          objects.upload(
              csvFile, StatementObjects.key(tenantId, month, invoiceId, "csv"), "text/csv");
      StatementObjects.Stored pdf =
          objects.upload(
              pdfFile, StatementObjects.key(tenantId, month, invoiceId, "pdf"), "application/pdf");
      boolean inserted = rows.insert(summary, csv, pdf, workflowRunId);
      LOG.infof(
          "statement %s of %s for %s: %d lines, %s -> %s%s",
          invoiceId,
          tenantId,
          period,
          summary.lines(),
          summary.opening(),
          summary.closing(),
          inserted ? "" : " (issued meanwhile by another attempt)");
      return new IssuedStatement(invoiceId, tenantId, period, inserted, summary.lines());
    } finally {
      deleteQuietly(directory);
    }
  }

  /** Streams the month into both files at once and proves the sums. */
  private StatementSummary write(
      String tenantId, StatementPeriod month, String invoiceId, Path csvFile, Path pdfFile) {
    StatementTotals[] totals = new StatementTotals[1];
    try (StatementCsv csv = new StatementCsv(csvFile);
        StatementPdf pdf = new StatementPdf()) {
      StatementLedger.Month read =
          ledger.readWithOpening(
              tenantId,
              month,
              opening -> totals[0] = new StatementTotals(opening),
              row -> {
                StatementLine line = row.withBalance(totals[0].add(row.kind(), row.change()));
                csv.write(line);
                pdf.write(line);
              });
      try {
        totals[0].requireBalanced(tenantId, month.toString(), read.closing());
      } catch (StatementTotals.UnbalancedStatement unbalanced) {
        throw ApplicationFailure.newNonRetryableFailure(
            unbalanced.getMessage(), ActivityPolicies.STATEMENT_UNBALANCED);
      }
      StatementSummary summary =
          new StatementSummary(
              invoiceId,
              tenantId,
              rows.tenantName(tenantId),
              month,
              Money.USD,
              read.opening(),
              read.closing(),
              totals[0].byKind(),
              totals[0].lines());
      pdf.finish(summary, pdfFile);
      return summary;
    }
  }

  private static Path temporaryDirectory(String invoiceId) {
    try {
      return Files.createTempDirectory("statement-" + invoiceId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      LOG.warnf("cannot delete temporary statement files in %s: %s", directory, e.getMessage());
    }
  }
}
