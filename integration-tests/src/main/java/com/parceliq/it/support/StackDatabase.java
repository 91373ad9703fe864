package com.parceliq.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The stack's PostgreSQL, for test fixtures and for checks no API exposes (hot XOR archived). Only
 * the archival IT and benchmark use it: every other test stays black-box over HTTP.
 *
 * @param jdbcUrl QUARKUS_DATASOURCE_JDBC_URL, which the launcher exports to the tests
 * @param user the owner role of the launcher's database (dev-services/lib/postgres.sh)
 * @param password its password
 */
public record StackDatabase(String jdbcUrl, String user, String password) {

  /** The test stack's database ({@code ./parceliq test} exports its URL). */
  public static StackDatabase fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static StackDatabase fromEnvironment(Map<String, String> env) {
    return new StackDatabase(
        env.getOrDefault(
            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:55442/parceliq"),
        env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "parceliq"),
        env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "parceliq"));
  }

  /**
   * A connection in the system scope: row-level security is forced on every tenant table (V17), so
   * without it the fixture would see and write no row at all.
   */
  public Connection systemConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
    try (Statement statement = connection.createStatement()) {
      statement.execute("set parceliq.tenant_scope = 'system'");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }
}
