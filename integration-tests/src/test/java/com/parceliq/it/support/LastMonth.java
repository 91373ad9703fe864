package com.parceliq.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Moves a tenant's ledger into last month, as the owner of the database: every entry keeps its
 * order and spacing but lands ten days before the current month began (UTC), so a closed period
 * holds them. The tenant has nothing left in the current month.
 */
public final class LastMonth {

  private static final String SHIFT =
      """
      update ledger_transactions
         set created_at = created_at
             - (now() - ((date_trunc('month', now() at time zone 'UTC') - interval '10 days')
                         at time zone 'UTC'))
       where tenant_id = ?
      """;

  private LastMonth() {}

  /** Returns how many entries moved. */
  public static int moveLedgerOf(String tenantId) {
    try (Connection connection = StackDatabase.fromEnvironment().systemConnection();
        PreparedStatement update = connection.prepareStatement(SHIFT)) {
      update.setString(1, tenantId);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot move the ledger of " + tenantId, e);
    }
  }
}
