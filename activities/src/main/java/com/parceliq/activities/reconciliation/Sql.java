package com.parceliq.activities.reconciliation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Plain JDBC in a transaction of its own: the staging and paging are set-based, not ORM work. */
final class Sql {

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Sql() {}

  static <T> T inNewTransaction(DataSource dataSource, Work<T> work) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
              }
            });
  }

  /** Binds {@code values} in order and runs the update. */
  static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      return statement.executeUpdate();
    }
  }

  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }
}
