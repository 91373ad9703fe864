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
 * One query per page: the next tracking codes after the last one classified, each with its lines
 * summed up, the tenant's label behind it (hot or archived, of the run's carrier), what was
 * recorded as the carrier's charge at purchase, whether another invoice billed its base before, and
 * whether its adjustment is already in the ledger.
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
      with page as (
        select distinct tracking_code from reconciliation_lines
         where run_id = ? and tracking_code > coalesce(
                 (select max(tracking_code) from reconciliation_labels where run_id = ?), '')
         order by tracking_code
         limit ?
      ), ranked as (
        select l.tracking_code, l.invoice_number, l.charge_type, l.amount,
               row_number() over (partition by l.tracking_code, l.charge_type order by l.line_no)
                 as nth
          from reconciliation_lines l join page p on p.tracking_code = l.tracking_code
         where l.run_id = ?
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
        select g.*, coalesce(s.id, a.shipment_id) as shipment_id,
               coalesce(s.status = 'voided' or coalesce(s.refund_status, '') in
                          ('submitted', 'refunded'),
                        a.status = 'voided', false) as voided
          from groups g
          left join shipments s
            on s.tenant_id = ? and s.tracking_code = g.tracking_code and s.carrier = ?
          left join shipment_archive_index a
            on s.id is null and a.tenant_id = ? and a.tracking_code = g.tracking_code
           and a.carrier = ?
      )
      select l.tracking_code, l.invoice_number, l.lines, l.billed, l.has_base, l.has_adjustment,
             l.repeated, l.repeats, l.base_billed, l.shipment_id, l.voided,
             (select -sum(p.amount)
                from ledger_transactions t join ledger_postings p on p.transaction_id = t.id
               where t.tenant_id = ? and t.shipment_id = l.shipment_id
                 and t.kind = 'label_purchase' and p.account = 'carrier_payable') as purchase,
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

  private PageFacts() {}

  static List<Group> next(
      Connection connection, String tenantId, String runId, String carrier, int pageSize)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(QUERY)) {
      Sql.bind(
          query, runId, runId, pageSize, runId, tenantId, carrier, tenantId, carrier, tenantId,
          tenantId, carrier, tenantId, carrier);
      List<Group> groups = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          groups.add(group(row));
        }
      }
      return groups;
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
