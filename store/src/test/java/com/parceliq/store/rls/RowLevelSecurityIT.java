package com.parceliq.store.rls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.StackDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on the real database, through the same session settings the applications' pool
 * applies ({@link RowScopeSession}): queries that forget their tenant filter still see only their
 * tenant's rows, and cannot write another tenant's.
 */
class RowLevelSecurityIT {

  private final DataSource dataSource = StackDatabase.dataSource();
  private String tenantA;
  private String tenantB;
  private String eventOfB;

  @BeforeEach
  void twoTenantsWithAnEventEach() throws SQLException {
    tenantA = Ids.newId(IdPrefix.TENANT);
    tenantB = Ids.newId(IdPrefix.TENANT);
    try (Connection owner = dataSource.getConnection()) {
      StackDatabase.insertTenant(owner, tenantA);
      StackDatabase.insertTenant(owner, tenantB);
      RowScopeSession.apply(owner, RowScope.system("test setup"));
      insertEvent(owner, tenantA);
      eventOfB = insertEvent(owner, tenantB);
    }
  }

  @Test
  void anUnfilteredQueryInTenantAsScopeSeesNoneOfBsRows() throws SQLException {
    try (Connection connection = scoped(RowScope.tenant(tenantA))) {
      assertThat(tenantsOfEventsOf(connection)).containsOnly(tenantA);
      assertThat(count(connection, "select count(*) from events where id = '" + eventOfB + "'"))
          .isZero();
    }
  }

  @Test
  void tenantAsScopeCannotInsertARowOfB() throws SQLException {
    try (Connection connection = scoped(RowScope.tenant(tenantA))) {
      assertThatThrownBy(() -> insertEvent(connection, tenantB))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
  }

  @Test
  void tenantAsScopeCannotChangeOrDeleteBsRows() throws SQLException {
    try (Connection connection = scoped(RowScope.tenant(tenantA))) {
      try (PreparedStatement update =
          connection.prepareStatement("update events set type = 'x' where id = ?")) {
        update.setString(1, eventOfB);
        assertThat(update.executeUpdate()).isZero();
      }
      try (PreparedStatement delete = connection.prepareStatement("delete from events")) {
        delete.executeUpdate();
      }
    }
    try (Connection connection = scoped(RowScope.tenant(tenantB))) {
      assertThat(tenantsOfEventsOf(connection)).containsOnly(tenantB);
    }
  }

  @Test
  void aConnectionWithNoScopeSeesNoRowsAtAll() throws SQLException {
    try (Connection connection = scoped(RowScope.none())) {
      assertThat(count(connection, "select count(*) from events")).isZero();
      assertThatThrownBy(() -> insertEvent(connection, tenantA))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
  }

  @Test
  void aClearedConnectionIsBackToTheOwnerRoleWithNoTenant() throws SQLException {
    try (Connection connection = scoped(RowScope.tenant(tenantA))) {
      RowScopeSession.clear(connection);
      try (PreparedStatement who =
              connection.prepareStatement(
                  "select current_user = session_user,"
                      + " coalesce(current_setting('parceliq.tenant_id', true), '')");
          ResultSet row = who.executeQuery()) {
        row.next();
        assertThat(row.getBoolean(1)).isTrue();
        assertThat(row.getString(2)).isEmpty();
      }
    }
  }

  @Test
  void theSystemScopeSeesEveryTenant() throws SQLException {
    try (Connection connection = scoped(RowScope.system("test: cross-tenant read"))) {
      assertThat(tenantsOfEventsOf(connection)).contains(tenantA, tenantB);
    }
  }

  private Connection scoped(RowScope scope) throws SQLException {
    Connection connection = dataSource.getConnection();
    RowScopeSession.apply(connection, scope);
    return connection;
  }

  /** Tenants of the events of this test's two tenants, as the connection sees them. */
  private java.util.Set<String> tenantsOfEventsOf(Connection connection) throws SQLException {
    java.util.Set<String> tenants = new java.util.HashSet<>();
    // No tenant filter on purpose: only the policy narrows what comes back.
    try (PreparedStatement select =
            connection.prepareStatement("select distinct tenant_id from events");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        tenants.add(rows.getString(1));
      }
    }
    tenants.retainAll(java.util.Set.of(tenantA, tenantB));
    return tenants;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String insertEvent(Connection connection, String tenantId) throws SQLException {
    String id = Ids.newId(IdPrefix.EVENT);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into events (id, tenant_id, fact_key, type, data)"
                + " values (?, ?, ?, 'shipment.created', '{}'::jsonb)")) {
      insert.setString(1, id);
      insert.setString(2, tenantId);
      insert.setString(3, "rls-test:" + id);
      insert.executeUpdate();
    }
    return id;
  }
}
