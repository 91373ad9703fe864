package com.parceliq.activities.archival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Moves a verified page's shipments from hot to archived in ONE transaction: the rows still as they
 * were read are locked, their rates, tracker and shipment rows deleted, and an index row written
 * for each shipment deleted and for no other. A shipment that changed since it was read stays hot
 * (a later run takes it); one already moved by an earlier attempt is simply not found. So every
 * shipment is hot or archived, never both, never neither, whatever attempt dies where.
 */
@ApplicationScoped
public class ArchiveMove {

  private static final String LOCK_UNCHANGED =
      """
      select s.id
        from shipments s
        join unnest(?::text[], ?::text[]) as page(id, updated_at) on page.id = s.id
       where s.tenant_id = ? and s.updated_at = page.updated_at::timestamptz
       order by s.id
         for update of s
      """;

  private static final String DELETE_RATES =
      "delete from rates where tenant_id = ? and shipment_id = any(?::text[])";

  private static final String DELETE_TRACKERS =
      "delete from trackers where tenant_id = ? and shipment_id = any(?::text[])";

  private static final String DELETE_SHIPMENTS =
      """
      delete from shipments where tenant_id = ? and id = any(?::text[])
      returning id, status, reference, tracking_code, carrier, created_at, updated_at
      """;

  private static final String INSERT_INDEX =
      """
      insert into shipment_archive_index
        (tenant_id, shipment_id, status, reference, tracking_code, carrier, shipment_created_at,
         shipment_updated_at, bucket, object_key, byte_offset, byte_length, document_sha256,
         run_id)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String ARCHIVED_IN_OBJECT =
      """
      select count(*) from shipment_archive_index
       where tenant_id = ? and shipment_id = any(?::text[]) and object_key = ?
      """;

  @Inject DataSource dataSource;

  /** What a move did: shipments it moved now, and all the object holds (earlier attempts too). */
  record Moved(int now, int inObject) {}

  Moved move(String tenantId, String runId, PageCheckpoint page) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                List<String> unchanged = lockUnchanged(connection, tenantId, page.members());
                int moved =
                    unchanged.isEmpty()
                        ? 0
                        : moveRows(connection, tenantId, runId, page, unchanged);
                return new Moved(moved, archivedIn(connection, tenantId, page));
              }
            });
  }

  private static List<String> lockUnchanged(
      Connection connection, String tenantId, List<PageMember> members) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_UNCHANGED)) {
      lock.setArray(1, texts(connection, members.stream().map(PageMember::shipmentId).toList()));
      lock.setArray(
          2, texts(connection, members.stream().map(m -> m.updatedAt().toString()).toList()));
      lock.setString(3, tenantId);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  private static int moveRows(
      Connection connection,
      String tenantId,
      String runId,
      PageCheckpoint page,
      List<String> unchanged)
      throws SQLException {
    Array ids = texts(connection, unchanged);
    for (String sql : List.of(DELETE_RATES, DELETE_TRACKERS)) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setString(1, tenantId);
        delete.setArray(2, ids);
        delete.executeUpdate();
      }
    }
    Map<String, PageMember> members = new HashMap<>();
    page.members().forEach(member -> members.put(member.shipmentId(), member));
    int moved = 0;
    try (PreparedStatement delete = connection.prepareStatement(DELETE_SHIPMENTS);
        PreparedStatement index = connection.prepareStatement(INSERT_INDEX)) {
      delete.setString(1, tenantId);
      delete.setArray(2, ids);
      try (ResultSet deleted = delete.executeQuery()) {
        while (deleted.next()) {
          PageMember member = members.get(deleted.getString(1));
          index.setString(1, tenantId);
          index.setString(2, member.shipmentId());
          index.setString(3, deleted.getString(2));
          index.setString(4, deleted.getString(3));
          index.setString(5, deleted.getString(4));
          index.setString(6, deleted.getString(5));
          index.setTimestamp(7, deleted.getTimestamp(6));
          index.setTimestamp(8, deleted.getTimestamp(7));
          index.setString(9, page.bucket());
          index.setString(10, page.objectKey());
          index.setLong(11, member.byteOffset());
          index.setInt(12, member.byteLength());
          index.setString(13, member.documentSha256());
          index.setString(14, runId);
          index.addBatch();
          moved++;
        }
      }
      if (moved > 0) {
        index.executeBatch();
      }
    }
    return moved;
  }

  /** The page's shipments indexed in its object, by this attempt or by one that died after. */
  private static int archivedIn(Connection connection, String tenantId, PageCheckpoint page)
      throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(ARCHIVED_IN_OBJECT)) {
      count.setString(1, tenantId);
      count.setArray(
          2, texts(connection, page.members().stream().map(PageMember::shipmentId).toList()));
      count.setString(3, page.objectKey());
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static Array texts(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }
}
