package com.parceliq.activities.invoicing;

import com.parceliq.domain.Money;
import com.parceliq.domain.invoices.StatementPeriod;
import com.parceliq.store.LedgerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads a tenant's month from the ledger in one snapshot (repeatable read): the funds (wallet plus
 * wallet holds) before the month, every transaction of the month that changed them, streamed in
 * order, and the funds after. Holds and their releases move money between the two accounts and
 * change nothing in sum, so they are no lines; a label paid from its hold shows its full charge.
 */
@ApplicationScoped
public class StatementLedger {

  private static final String FUNDS =
      "('" + LedgerAccounts.WALLET + "', '" + LedgerAccounts.WALLET_HOLDS + "')";

  private static final String BALANCE_BEFORE =
      """
      select coalesce(-sum(p.amount), 0)
        from ledger_postings p
        join ledger_transactions t on t.id = p.transaction_id
       where p.tenant_id = ? and p.account in %s and p.currency = ? and t.created_at < ?
      """
          .formatted(FUNDS);

  private static final String LINES =
      """
      select t.created_at, t.id, t.kind, t.shipment_id, t.pickup_id, t.description,
             -sum(p.amount) as change
        from ledger_transactions t
        join ledger_postings p on p.transaction_id = t.id
       where t.tenant_id = ? and p.account in %s and p.currency = ?
         and t.created_at >= ? and t.created_at < ?
       group by t.id
      having sum(p.amount) <> 0
       order by t.created_at, t.id
      """
          .formatted(FUNDS);

  private static final int FETCH_SIZE = 500;

  @Inject DataSource dataSource;

  /** What a month read gave: the two balances the ledger reports around it. */
  record Month(BigDecimal opening, BigDecimal closing) {}

  /**
   * Reads the opening balance (handed to {@code opening} first), streams the month's lines to
   * {@code lines}, then reads the closing balance, all in one snapshot.
   */
  Month readWithOpening(
      String tenantId,
      StatementPeriod period,
      Consumer<BigDecimal> opening,
      Consumer<StatementLineRow> lines) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        BigDecimal before = balanceBefore(connection, tenantId, period.start());
        opening.accept(before);
        streamLines(connection, tenantId, period, lines);
        BigDecimal closing = balanceBefore(connection, tenantId, period.end());
        connection.commit();
        return new Month(before, closing);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the ledger of " + tenantId + " for " + period, e);
    }
  }

  private static BigDecimal balanceBefore(Connection connection, String tenantId, Instant before)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BALANCE_BEFORE)) {
      query.setString(1, tenantId);
      query.setString(2, Money.USD);
      query.setTimestamp(3, Timestamp.from(before));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBigDecimal(1).setScale(2);
      }
    }
  }

  private static void streamLines(
      Connection connection,
      String tenantId,
      StatementPeriod period,
      Consumer<StatementLineRow> lines)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LINES)) {
      query.setFetchSize(FETCH_SIZE);
      query.setString(1, tenantId);
      query.setString(2, Money.USD);
      query.setTimestamp(3, Timestamp.from(period.start()));
      query.setTimestamp(4, Timestamp.from(period.end()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          lines.accept(
              new StatementLineRow(
                  rows.getTimestamp(1).toInstant(),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getBigDecimal(7).setScale(2)));
        }
      }
    }
  }

  /** A ledger transaction of the month and how much it changed the funds. */
  record StatementLineRow(
      Instant createdAt,
      String entryId,
      String kind,
      String shipmentId,
      String pickupId,
      String description,
      BigDecimal change) {

    StatementLine withBalance(BigDecimal balanceAfter) {
      return new StatementLine(
          createdAt, entryId, kind, shipmentId, pickupId, description, change, balanceAfter);
    }
  }
}
