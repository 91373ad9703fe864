package com.parceliq.it.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each of a set of shipments lives, straight from PostgreSQL: its hot row in {@code
 * shipments}, its row in {@code shipment_archive_index}, both, or neither. No API can show "both"
 * or "neither" (an archived read goes to the index only when the hot row is missing), so the proof
 * of hot XOR archived reads the tables.
 */
public final class ArchiveAccounting {

  private final StackDatabase database;

  public ArchiveAccounting(StackDatabase database) {
    this.database = database;
  }

  /** Counts of the given shipments by where they are. */
  public record Placement(long hotOnly, long archivedOnly, long both, long neither) {}

  public Placement place(List<String> shipmentIds) {
    String sql =
        """
        select
          count(*) filter (where h.id is not null and a.shipment_id is null),
          count(*) filter (where h.id is null and a.shipment_id is not null),
          count(*) filter (where h.id is not null and a.shipment_id is not null),
          count(*) filter (where h.id is null and a.shipment_id is null)
        from unnest(?::text[]) as s(id)
        left join shipments h on h.id = s.id
        left join shipment_archive_index a on a.shipment_id = s.id
        """;
    try (Connection connection = database.systemConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array ids = connection.createArrayOf("text", shipmentIds.toArray(String[]::new));
      statement.setArray(1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new Placement(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not place " + shipmentIds.size() + " shipments", e);
    }
  }

  /** An archived shipment's member: which object, which bytes, and the document's checksum. */
  public record Member(
      String shipmentId,
      String bucket,
      String objectKey,
      long byteOffset,
      int byteLength,
      String documentSha256) {}

  public List<Member> members(String tenantId) {
    String sql =
        "select shipment_id, bucket, object_key, byte_offset, byte_length, document_sha256"
            + " from shipment_archive_index where tenant_id = ? order by object_key, byte_offset";
    try (Connection connection = database.systemConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenantId);
      List<Member> members = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          members.add(
              new Member(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getLong(4),
                  rows.getInt(5),
                  rows.getString(6)));
        }
      }
      return members;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the archive index of " + tenantId, e);
    }
  }
}
