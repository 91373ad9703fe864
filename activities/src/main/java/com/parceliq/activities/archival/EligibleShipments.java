package com.parceliq.activities.archival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a page of a tenant's shipments that archival may take, each with its whole document built
 * by PostgreSQL: the rows as {@code to_jsonb} (so a column added later is archived unchanged), and
 * the ids of the batches, scan forms and pickups that name it.
 */
@ApplicationScoped
public class EligibleShipments {

  /*
   * Eligible: a final state, last changed before the cutoff, nobody asked to look at it, and no
   * refund still pending (a submitted refund will change the row again). The partial index
   * shipments_archivable (tenant_id, updated_at) serves the filter.
   */
  private static final String PAGE =
      """
      select s.id, s.updated_at, jsonb_build_object(
               'shipment', to_jsonb(s),
               'rates', coalesce((select jsonb_agg(to_jsonb(r) order by r.id) from rates r
                                   where r.tenant_id = s.tenant_id and r.shipment_id = s.id),
                                 '[]'::jsonb),
               'tracker', (select to_jsonb(t) from trackers t
                            where t.tenant_id = s.tenant_id and t.shipment_id = s.id),
               'events', coalesce((select jsonb_agg(to_jsonb(e) order by e.id) from events e
                                    where e.tenant_id = s.tenant_id and e.shipment_id = s.id),
                                  '[]'::jsonb),
               'ledger_transactions',
                 coalesce((select jsonb_agg(to_jsonb(l) order by l.id) from ledger_transactions l
                            where l.tenant_id = s.tenant_id and l.shipment_id = s.id),
                          '[]'::jsonb),
               'batch_ids', coalesce((select jsonb_agg(b.batch_id order by b.batch_id)
                                        from batch_shipments b
                                       where b.tenant_id = s.tenant_id and b.shipment_id = s.id),
                                     '[]'::jsonb),
               'scan_form_ids', coalesce((select jsonb_agg(f.scan_form_id order by f.scan_form_id)
                                            from scan_form_shipments f
                                           where f.tenant_id = s.tenant_id
                                             and f.shipment_id = s.id),
                                         '[]'::jsonb),
               'pickup_ids', coalesce((select jsonb_agg(p.pickup_id order by p.pickup_id)
                                         from pickup_shipments p
                                        where p.tenant_id = s.tenant_id and p.shipment_id = s.id),
                                      '[]'::jsonb))::text
        from shipments s
       where s.tenant_id = ?
         and s.status in ('delivered', 'completed', 'voided', 'returned')
         and s.updated_at < ?
         and not s.needs_attention
         and (s.status <> 'voided' or s.refund_status is distinct from 'submitted')
         and s.id > ?
       order by s.id
       limit ?
      """;

  @Inject DataSource dataSource;

  /** Up to {@code limit} eligible shipments of the tenant after {@code afterShipmentId}, by id. */
  public List<PageDocument> page(
      String tenantId, Instant cutoff, String afterShipmentId, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(PAGE)) {
      query.setString(1, tenantId);
      query.setTimestamp(2, Timestamp.from(cutoff));
      // Every id sorts after the empty string: the first page needs no special case.
      query.setString(3, afterShipmentId == null ? "" : afterShipmentId);
      query.setInt(4, limit);
      List<PageDocument> documents = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          documents.add(
              new PageDocument(
                  rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getString(3)));
        }
      }
      return documents;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read archivable shipments of " + tenantId, e);
    }
  }
}
