package com.parceliq.activities.invoicing;

import com.parceliq.domain.invoices.StatementPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The tenants due a statement for a period: those that existed before it ended, or whose ledger has
 * entries from before then (a tenant created later has nothing to state for that month).
 */
@ApplicationScoped
public class StatementTenants {

  private static final String DUE =
      """
      select t.id from tenants t
       where t.id > ?
         and (t.created_at < ?
              or exists (select 1 from ledger_transactions l
                          where l.tenant_id = t.id and l.created_at < ?))
       order by t.id
       limit ?
      """;

  @Inject DataSource dataSource;

  List<String> due(String afterTenantId, int limit, StatementPeriod period) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(DUE)) {
      query.setString(1, afterTenantId == null ? "" : afterTenantId);
      query.setTimestamp(2, Timestamp.from(period.end()));
      query.setTimestamp(3, Timestamp.from(period.end()));
      query.setInt(4, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the tenants due for " + period, e);
    }
  }
}
