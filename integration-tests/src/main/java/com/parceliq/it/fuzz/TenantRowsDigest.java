package com.parceliq.it.fuzz;

import com.parceliq.it.support.StackDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every row one tenant owns, table by table, read as the database owner in the system
 * scope (row-level security would otherwise hide the rows from a connection without a tenant).
 * Comparing two digests tells whether anything changed a tenant's data in between, without the
 * harness having to know each table: every table with a {@code tenant_id} column is covered, so a
 * table added by a later migration is covered too.
 */
public final class TenantRowsDigest {

  private final StackDatabase database;

  public TenantRowsDigest(StackDatabase database) {
    this.database = database;
  }

  /** Table name to "row count:md5 of the rows' text, sorted". */
  public Map<String, String> of(String tenantId, List<String> principalIds) throws SQLException {
    Map<String, String> digest = new TreeMap<>();
    try (Connection connection = database.systemConnection()) {
      for (String table : tenantTables(connection)) {
        digest.put(
            table, rows(connection, "\"" + table + "\" t where t.tenant_id::text = ?", tenantId));
      }
      // The tenant itself and the quarantines of its principals: both are keyed differently.
      digest.put("tenants", rows(connection, "tenants t where t.id = ?", tenantId));
      for (String principal : principalIds) {
        digest.put(
            "principal_quarantines/" + principal,
            rows(connection, "principal_quarantines t where t.principal_id = ?", principal));
      }
    }
    return digest;
  }

  private static List<String> tenantTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    String sql =
        "select table_name from information_schema.columns where table_schema = 'public'"
            + " and column_name = 'tenant_id' order by table_name";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }

  private static String rows(Connection connection, String fromWhere, String key)
      throws SQLException {
    String sql =
        "select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
            + fromWhere;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1) + ":" + result.getString(2);
      }
    }
  }
}
