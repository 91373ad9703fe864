package com.parceliq.store.rls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Puts a row scope on a database session, and takes it off again. */
public final class RowScopeSession {

  private static final String APPLY =
      "select set_config('role', ?, false), set_config('"
          + RowScope.TENANT_SETTING
          + "', ?, false), set_config('"
          + RowScope.SCOPE_SETTING
          + "', ?, false)";

  private static final String CLEAR =
      "reset role; reset " + RowScope.TENANT_SETTING + "; reset " + RowScope.SCOPE_SETTING;

  private RowScopeSession() {}

  public static void apply(Connection connection, RowScope scope) throws SQLException {
    if (scope.kind() == RowScope.Kind.OWNER) {
      // Migrations create tables and policies: they act as the connecting owner role itself.
      clear(connection);
      return;
    }
    try (PreparedStatement set = connection.prepareStatement(APPLY)) {
      set.setString(1, RowScope.APPLICATION_ROLE);
      set.setString(2, scope.tenantSetting());
      set.setString(3, scope.scopeSetting());
      set.execute();
    }
  }

  /** Back to the login role with no scope: a connection in the pool carries nobody's tenant. */
  public static void clear(Connection connection) throws SQLException {
    try (Statement reset = connection.createStatement()) {
      reset.execute(CLEAR);
    }
  }
}
