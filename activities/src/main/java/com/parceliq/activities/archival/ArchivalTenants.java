package com.parceliq.activities.archival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The tenants archival goes through, and how long each keeps its finished shipments hot. */
@ApplicationScoped
public class ArchivalTenants {

  @Inject DataSource dataSource;

  List<String> after(String afterTenantId, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select id from tenants where id > ? order by id limit ?")) {
      query.setString(1, afterTenantId == null ? "" : afterTenantId);
      query.setInt(2, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list tenants", e);
    }
  }

  /** The tenant's own retention in days; empty when it keeps the platform default. */
  Optional<Integer> retentionDays(String tenantId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select archive_retention_days from tenants where id = ?")) {
      query.setString(1, tenantId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        int days = rows.getInt(1);
        return rows.wasNull() ? Optional.empty() : Optional.of(days);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the retention of " + tenantId, e);
    }
  }
}
