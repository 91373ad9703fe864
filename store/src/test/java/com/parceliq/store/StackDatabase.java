package com.parceliq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The stack's database as {@code ./parceliq test} exports it (schema by Flyway, applied when the
 * stack's API started), reached as the owner role, plus the rows the store ITs need.
 */
public final class StackDatabase {

  private StackDatabase() {}

  public static PGSimpleDataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(
        env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:55442/parceliq"));
    dataSource.setUser(env("QUARKUS_DATASOURCE_USERNAME", "parceliq"));
    dataSource.setPassword(env("QUARKUS_DATASOURCE_PASSWORD", "parceliq"));
    return dataSource;
  }

  public static void insertTenant(Connection owner, String tenantId) throws SQLException {
    try (PreparedStatement insert =
        owner.prepareStatement("insert into tenants (id, name, created_at) values (?, ?, ?)")) {
      insert.setString(1, tenantId);
      insert.setString(2, "store IT " + tenantId);
      insert.setTimestamp(3, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
