package com.parceliq.activities.reconciliation;

import com.parceliq.domain.reconciliation.BilledLabel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A page in three statements: where the last page ended (the greatest classified tracking code),
 * where this one ends (an ordered range of the lines' index, so the plan holds before PostgreSQL
 * has statistics of a freshly staged run), then one set-based query: the codes in that range, each
 * with its lines summed up, the tenant's label behind it (hot or archived, of the run's carrier),
 * what was recorded as the carrier's charge at purchase, whether another invoice billed its base
 * before, and whether its adjustment is already in the ledger.
 */
final class PageFacts {

  /** A tracking code's facts, with what the page needs besides the classification's input. */
  record Group(
      String trackingCode,
      String invoiceNumber,
      int lines,
      BilledLabel label,
      String earlierEntryId) {}

  private static final String QUERY =
      """
      with ranked as (
        select l.tracking_code, l.invoice_number, l.charge_type, l.amount,
               row_number() over (partition by l.tracking_code, l.charge_type order by l.line_no)
                 as nth
          from reconciliation_lines l
         where l.run_id = ? and l.tracking_code > ? and l.tracking_code <= ?
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
      ), labels as (
        -- Lateral probes, one unique-index lookup per code: no plan can turn them into a scan of
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

  /** The greatest tracking code classified so far ('' before the first page). */
  private static final String LAST_CLASSIFIED =
      "select coalesce(max(tracking_code), '') from reconciliation_labels where run_id = ?";

  /** Lines in tracking code order after the last page: an index-only range scan, whatever stats. */
  private static final String NEXT_CODES =
      """
      select tracking_code from reconciliation_lines
       where run_id = ? and tracking_code > ? order by tracking_code limit ?
      """;

  private PageFacts() {}

  /**
   * The next page: up to {@code pageSize} tracking codes after the last one classified, with all
   * their lines (the range query takes every line of a code, however many).
   */
  static List<Group> next(
      Connection connection, String tenantId, String runId, String carrier, int pageSize)
      throws SQLException {
    String after;
    try (PreparedStatement last = connection.prepareStatement(LAST_CLASSIFIED)) {
      Sql.bind(last, runId);
      try (ResultSet row = last.executeQuery()) {
        row.next();
        after = row.getString(1);
      }
    }
    String through = pageEnd(connection, runId, after, pageSize);
    if (through == null) {
      return List.of();
    }
    try (PreparedStatement query = connection.prepareStatement(QUERY)) {
      Sql.bind(
          query, runId, after, through, tenantId, carrier, tenantId, carrier, tenantId, tenantId,
          carrier, tenantId, carrier);
      List<Group> groups = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          groups.add(group(row));
        }
      }
      return groups;
    }
  }

  /**
   * The {@code pageSize}-th distinct code after {@code after}, or the last one read; null: none.
   */
  private static String pageEnd(Connection connection, String runId, String after, int pageSize)
      throws SQLException {
    try (PreparedStatement codes = connection.prepareStatement(NEXT_CODES)) {
      // A label has a handful of lines: four per code reads a full page in most invoices.
      Sql.bind(codes, runId, after, pageSize * 4);
      String last = null;
      int distinct = 0;
      try (ResultSet row = codes.executeQuery()) {
        while (row.next()) {
          String code = row.getString(1);
          if (!code.equals(last)) {
            distinct++;
            last = code;
            if (distinct == pageSize) {
              break;
            }
          }
        }
      }
      return last;
    }
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
