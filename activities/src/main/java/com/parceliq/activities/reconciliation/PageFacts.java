package com.parceliq.activities.reconciliation;

import com.parceliq.domain.reconciliation.BilledLabel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page in two statements. First its tracking codes: reading the run's lines in line order after
 * the classification cursor, the codes not classified yet, up to the page size; the page ends at
 * the line where its last code first appears, so every code whose first line is at or before that
 * line is classified by this page or an earlier one. Then one set-based query: those codes, each
 * with all its lines summed up (wherever in the file they are), the tenant's label behind it (hot
 * or archived, of the run's carrier), what was recorded as the carrier's charge at purchase,
 * whether another invoice billed its base before, and whether its adjustment is already in the
 * ledger.
 *
 * <p>Written for the workers' role, subject to row-level security: the policy's {@code OR}
 * predicate is estimated as very selective, so an {@code order by ... limit n} query is planned as
 * a scan of the whole run plus a sort (O(lines) per page). Lines are therefore read in bounded
 * windows of line numbers, without {@code LIMIT}, and nothing is found by the greatest code
 * classified so far (an aggregate over all of the run's labels).
 */
final class PageFacts {

  /** A tracking code's facts, with what the page needs besides the classification's input. */
  record Group(
      String trackingCode,
      String invoiceNumber,
      int lines,
      BilledLabel label,
      String earlierEntryId) {}

  /** The page's codes with their facts, and the line through which the run is now classified. */
  record Page(List<Group> groups, long throughLine) {}

  private static final String QUERY =
      """
      with ranked as (
        select l.tracking_code, l.invoice_number, l.charge_type, l.amount,
               row_number() over (partition by l.tracking_code, l.charge_type order by l.line_no)
                 as nth
          from reconciliation_lines l
         where l.run_id = ? and l.tracking_code = any (?)
      ), groups as (
        select tracking_code, count(*) as lines, sum(amount) as billed,
               min(invoice_number) as invoice_number,
               bool_or(charge_type = 'base') as has_base,
               bool_or(charge_type = 'adjustment') as has_adjustment,
               coalesce(sum(amount) filter (where nth > 1 and charge_type <> 'adjustment'), 0)
                 as repeated,
               count(*) filter (where nth > 1 and charge_type <> 'adjustment') > 0 as repeats,
               coalesce(sum(amount) filter (where charge_type = 'base'), 0) as base_billed
          from ranked group by tracking_code
      ), labels as materialized (
        -- Materialized: an inlined coalesce(...) is not leakproof, so under row-level security the
        -- purchase's ledger lookup below could not use it as an index condition (a scan of
        -- ledger_transactions per code). Lateral probes, one unique-index lookup per code: no plan can turn them into a scan of
        -- the tenant's shipments, even before PostgreSQL has statistics of fresh rows.
        select g.*, coalesce(s.id, a.shipment_id) as shipment_id,
               coalesce(s.voided, a.voided, false) as voided
          from groups g
          left join lateral (
                 select s.id, (s.status = 'voided' or coalesce(s.refund_status, '') in
                                 ('submitted', 'refunded')) as voided
                   from shipments s
                  where s.tenant_id = ? and s.tracking_code = g.tracking_code and s.carrier = ?
                  limit 1) s on true
          left join lateral (
                 select a.shipment_id, a.status = 'voided' as voided
                   from shipment_archive_index a
                  where s.id is null and a.tenant_id = ? and a.tracking_code = g.tracking_code
                    and a.carrier = ?
                  limit 1) a on true
      )
      select l.tracking_code, l.invoice_number, l.lines, l.billed, l.has_base, l.has_adjustment,
             l.repeated, l.repeats, l.base_billed, l.shipment_id, l.voided,
             (select -sum(p.amount) filter (where p.account = 'carrier_payable')
                from ledger_transactions t join ledger_postings p on p.transaction_id = t.id
               where t.tenant_id = ? and t.shipment_id = l.shipment_id
                 and t.kind = 'label_purchase') as purchase,
             exists (select 1 from carrier_billed_labels b
                      where b.tenant_id = ? and b.carrier = ? and b.tracking_code = l.tracking_code
                        and b.invoice_number <> l.invoice_number and b.base_billed
                        and b.created_at < coalesce(
                              (select own.created_at from carrier_billed_labels own
                                where own.tenant_id = b.tenant_id and own.carrier = b.carrier
                                  and own.tracking_code = b.tracking_code
                                  and own.invoice_number = l.invoice_number), 'infinity'))
               as billed_before,
             (select t.id from ledger_transactions t
               where t.tenant_id = ? and t.idempotency_key =
                     'carrier-invoice:' || ? || ':' || l.invoice_number || ':' || l.tracking_code)
               as earlier_entry
        from labels l
       order by l.tracking_code
      """;

  /**
   * A window of the run's lines in line order (a bounded range of the primary key: no LIMIT, so the
   * planner cannot trade it for a scan of the run), each saying whether its code was classified
   * already (a primary key probe of the run's labels).
   */
  private static final String WINDOW =
      """
      select l.line_no, l.tracking_code,
             exists (select 1 from reconciliation_labels r
                      where r.run_id = l.run_id and r.tracking_code = l.tracking_code) as classified
        from reconciliation_lines l
       where l.run_id = ? and l.line_no > ? and l.line_no <= ?
       order by l.line_no
      """;

  private PageFacts() {}

  /**
   * The next page: up to {@code pageSize} tracking codes not classified yet whose first line is
   * after {@code afterLine} (and at most {@code lastLine}, the run's last), with all their lines.
   * No codes: classification is done.
   */
  static Page next(
      Connection connection,
      String tenantId,
      String runId,
      String carrier,
      long afterLine,
      long lastLine,
      int pageSize)
      throws SQLException {
    PageCodes codes = codes(connection, runId, afterLine, lastLine, pageSize);
    if (codes.codes().isEmpty()) {
      return new Page(List.of(), codes.throughLine());
    }
    try (PreparedStatement query = connection.prepareStatement(QUERY)) {
      Sql.bind(
          query,
          runId,
          connection.createArrayOf("text", codes.codes().toArray()),
          tenantId,
          carrier,
          tenantId,
          carrier,
          tenantId,
          tenantId,
          carrier,
          tenantId,
          carrier);
      List<Group> groups = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          groups.add(group(row));
        }
      }
      return new Page(groups, codes.throughLine());
    }
  }

  private record PageCodes(Set<String> codes, long throughLine) {}

  /**
   * Up to {@code pageSize} unclassified codes in order of their first line after {@code afterLine},
   * and the line the page ends at: where its last code appears first, or the run's last line. Reads
   * windows of lines until the page is full, so a stretch of lines of codes classified already (a
   * code billed again at the end of the file) is skipped, not mistaken for the end.
   */
  private static PageCodes codes(
      Connection connection, String runId, long afterLine, long lastLine, int pageSize)
      throws SQLException {
    Set<String> codes = new LinkedHashSet<>();
    long through = afterLine;
    // A label has a handful of lines: four per code reads a full page in most invoices.
    long window = pageSize * 4L;
    try (PreparedStatement lines = connection.prepareStatement(WINDOW)) {
      while (through < lastLine) {
        long end = Math.min(through + window, lastLine);
        Sql.bind(lines, runId, through, end);
        try (ResultSet row = lines.executeQuery()) {
          while (row.next()) {
            String code = row.getString(2);
            if (!row.getBoolean(3) && codes.add(code) && codes.size() == pageSize) {
              return new PageCodes(codes, row.getLong(1));
            }
          }
        }
        through = end;
      }
    }
    return new PageCodes(codes, through);
  }

  private static Group group(ResultSet row) throws SQLException {
    BigDecimal purchase = row.getBigDecimal(12);
    BilledLabel label =
        new BilledLabel(
            row.getString(10),
            row.getBoolean(11),
            row.getBigDecimal(4),
            row.getBoolean(5),
            row.getBoolean(6),
            row.getBigDecimal(7),
            row.getBoolean(8),
            row.getBigDecimal(9),
            row.getBoolean(13),
            purchase);
    return new Group(row.getString(1), row.getString(2), row.getInt(3), label, row.getString(14));
  }
}
