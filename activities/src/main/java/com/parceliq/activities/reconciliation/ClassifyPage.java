package com.parceliq.activities.reconciliation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.activities.ledger.LedgerWrites;
import com.parceliq.activities.metrics.AfterCommit;
import com.parceliq.activities.metrics.ReconciliationMetrics;
import com.parceliq.domain.Money;
import com.parceliq.domain.reconciliation.LabelClassifier;
import com.parceliq.domain.reconciliation.LabelVerdict;
import com.parceliq.workflows.ports.ClassifiedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * One page of classification in ONE transaction: the run's row is locked first (so a retried
 * attempt still running elsewhere waits, then sees this page done and the cursor past it), then the
 * page's facts are read from the run's classification cursor ({@code classified_through_line}),
 * each label classified and its adjustment posted once per ledger key, and the labels,
 * carrier_billed_labels and the run's counters, summary and cursor written. A crash anywhere rolls
 * it all back; the retry classifies the same page again.
 */
@ApplicationScoped
public class ClassifyPage {

  private static final String LOCK_RUN =
      "select carrier, summary::text, classified_through_line, lines_parsed"
          + " from reconciliation_runs"
          + " where id = ? and tenant_id = ? for update";

  private static final String COUNTERS =
      """
      update reconciliation_runs
         set status = 'classifying', labels_classified = labels_classified + ?, summary = ?::jsonb,
             billed_total = coalesce(billed_total, 0) + ?,
             expected_total = coalesce(expected_total, 0) + ?,
             posted_total = coalesce(posted_total, 0) + ?, classified_through_line = ?,
             updated_at = now()
       where id = ? and tenant_id = ?
      """;

  @Inject DataSource dataSource;
  @Inject LedgerWrites ledger;
  @Inject ObjectMapper json;
  @Inject EntityManager entityManager;
  @Inject ReconciliationMetrics metrics;
  @Inject AfterCommit afterCommit;

  ClassifiedPage classify(String tenantId, String runId, int pageSize) {
    return Sql.inNewTransaction(
        dataSource,
        connection -> {
          String carrier;
          RunSummary summary;
          long afterLine;
          long lastLine;
          try (PreparedStatement lock = connection.prepareStatement(LOCK_RUN)) {
            Sql.bind(lock, runId, tenantId);
            try (ResultSet row = lock.executeQuery()) {
              if (!row.next()) {
                throw new IllegalStateException("run " + runId + " not found");
              }
              carrier = row.getString(1);
              summary = RunSummary.parse(json, row.getString(2));
              afterLine = row.getLong(3);
              lastLine = row.getLong(4);
            }
          }
          PageFacts.Page page =
              PageFacts.next(connection, tenantId, runId, carrier, afterLine, lastLine, pageSize);
          List<PageFacts.Group> groups = page.groups();
          if (groups.isEmpty()) {
            return new ClassifiedPage(0, null);
          }
          PageTotals totals = new PageTotals();
          Map<String, Long> classified = new TreeMap<>();
          try (LabelRows rows = new LabelRows(connection, tenantId, runId, carrier)) {
            for (PageFacts.Group group : groups) {
              LabelVerdict verdict = LabelClassifier.classify(group.label());
              Posted posted = post(tenantId, carrier, group, verdict);
              rows.add(group, verdict, posted.amount(), posted.entryId(), posted.note());
              summary.add(
                  verdict.classification().wireName(),
                  group.label().billed(),
                  verdict.difference(),
                  posted.amount());
              totals.add(group.label().billed(), verdict.expected(), posted.amount());
              classified.merge(verdict.classification().wireName(), 1L, Long::sum);
            }
          }
          // A page rolled back is classified again by the retry: count the one that commits.
          String billedBy = carrier;
          afterCommit.run(
              () -> classified.forEach((kind, n) -> metrics.classified(billedBy, kind, n)));
          Sql.update(
              connection,
              COUNTERS,
              groups.size(),
              summary.text(),
              totals.billed,
              totals.expected,
              totals.posted,
              page.throughLine(),
              runId,
              tenantId);
          return new ClassifiedPage(groups.size(), groups.get(groups.size() - 1).trackingCode());
        });
  }

  /** What a label moved: the amount posted now (null when none), the entry, and why. */
  private record Posted(BigDecimal amount, String entryId, String note) {}

  private Posted post(String tenantId, String carrier, PageFacts.Group group, LabelVerdict verdict)
      throws SQLException {
    if (!verdict.classification().posts() || !verdict.posts()) {
      return new Posted(null, null, verdict.note());
    }
    if (group.earlierEntryId() != null) {
      // The same invoice reconciled again: the adjustment is in the ledger already.
      return new Posted(
          null, group.earlierEntryId(), "already posted by an earlier run of this invoice");
    }
    String key =
        "carrier-invoice:" + carrier + ":" + group.invoiceNumber() + ":" + group.trackingCode();
    String entryId =
        ledger.postCarrierAdjustment(
            tenantId,
            group.label().shipmentId(),
            key,
            new Money(verdict.adjustment(), Money.USD),
            "carrier invoice "
                + group.invoiceNumber()
                + ": "
                + verdict.classification().wireName()
                + " "
                + group.trackingCode());
    // The ledger persists its rows through Hibernate; a session holding a page of them would be
    // flushed (and dirty-checked whole) before each native query: quadratic in the page size.
    entityManager.flush();
    entityManager.clear();
    return new Posted(verdict.adjustment(), entryId, verdict.note());
  }

  private static final class PageTotals {
    BigDecimal billed = BigDecimal.ZERO;
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal posted = BigDecimal.ZERO;

    void add(BigDecimal billed, BigDecimal expected, BigDecimal posted) {
      this.billed = this.billed.add(billed);
      this.expected = expected == null ? this.expected : this.expected.add(expected);
      this.posted = posted == null ? this.posted : this.posted.add(posted);
    }
  }
}
