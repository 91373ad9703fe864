package com.parceliq.store.rls;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.store.StackDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every table holding tenant data (a {@code tenant_id} column) has row-level security enabled and
 * forced, with a policy: a table added later without them fails here.
 */
class EveryTenantTableIsRowSecuredIT {

  @Test
  void everyTableWithATenantIdHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
    List<String> tenantTables = new ArrayList<>();
    List<String> unsecured = new ArrayList<>();
    try (Connection connection = StackDatabase.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select c.relname, c.relrowsecurity, c.relforcerowsecurity,"
                    + " exists (select 1 from pg_policies p where p.schemaname = n.nspname"
                    + " and p.tablename = c.relname)"
                    + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " join pg_attribute a on a.attrelid = c.oid"
                    + " where n.nspname = 'public' and c.relkind in ('r', 'p')"
                    + " and a.attname = 'tenant_id' and not a.attisdropped order by 1");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        tenantTables.add(rows.getString(1));
        if (!rows.getBoolean(2) || !rows.getBoolean(3) || !rows.getBoolean(4)) {
          unsecured.add(rows.getString(1));
        }
      }
    }
    assertThat(tenantTables).contains("shipments", "api_keys", "audit_records", "ledger_postings");
    assertThat(unsecured).as("tables with tenant_id lacking forced RLS or a policy").isEmpty();
  }

  @Test
  void theApplicationRoleCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection connection = StackDatabase.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select rolsuper, rolbypassrls from pg_roles where rolname = ?")) {
      select.setString(1, RowScope.APPLICATION_ROLE);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getBoolean(1)).isFalse();
        assertThat(row.getBoolean(2)).isFalse();
      }
    }
  }
}
