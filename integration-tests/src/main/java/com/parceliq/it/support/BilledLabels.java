package com.parceliq.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tens or hundreds of thousands of bought sandbox labels of one tenant for reconciliation at scale:
 * one label bought through the API is cloned in SQL ({@link FinishedShipments}) together with its
 * {@code label_purchase} ledger transaction and postings, so each clone has the carrier charge a
 * real purchase records. Tracking codes are the template's with {@code -<n>} appended.
 */
public final class BilledLabels {

  /** The clones and the carrier charge each recorded at purchase. */
  public record Seeded(String templateTrackingCode, int count, BigDecimal carrierCharge) {

    public String trackingCode(int ordinal) {
      return templateTrackingCode + "-" + ordinal;
    }
  }

  private static final String CLONE_PURCHASES =
      """
      insert into ledger_transactions
      select (jsonb_populate_record(null::ledger_transactions, to_jsonb(t) || jsonb_build_object(
          'id', 'led_' || substr(s.id, 5),
          'tenant_id', s.tenant_id,
          'idempotency_key', 'seed:' || s.id,
          'shipment_id', s.id,
          'created_at', s.created_at))).*
      from shipments s join ledger_transactions t on t.shipment_id = ? and t.kind = 'label_purchase'
      where s.tenant_id = ?
      """;

  private static final String CLONE_POSTINGS =
      """
      insert into ledger_postings (transaction_id, tenant_id, account, amount, currency)
      select 'led_' || substr(s.id, 5), s.tenant_id, p.account, p.amount, p.currency
      from shipments s
      join ledger_transactions t on t.shipment_id = ? and t.kind = 'label_purchase'
      join ledger_postings p on p.transaction_id = t.id
      where s.tenant_id = ?
      """;

  /**
   * The clones are delivered: an invoice bills labels whose parcels are on their way or arrived,
   * and tens of thousands of clones still "purchased" would flood the tracking poll (which asks the
   * carrier about every shipment in transit) for the rest of the test run.
   */
  private static final String DELIVERED =
      "update shipments set status = 'delivered' where id <> ? and tenant_id = ?";

  private static final String CARRIER_CHARGE =
      """
      select count(distinct t.id), -sum(p.amount), min(s.tracking_code)
        from ledger_transactions t join ledger_postings p on p.transaction_id = t.id
        join shipments s on s.id = t.shipment_id
       where t.shipment_id = ? and t.kind = 'label_purchase' and p.account = 'carrier_payable'
      """;

  private final StackDatabase database;

  public BilledLabels(StackDatabase database) {
    this.database = database;
  }

  /** One plain sandbox label of {@code templateTenant}, bought through the API. */
  public static String template(Tenant templateTenant) {
    templateTenant.deposit("50.00");
    Tenant.RatedShipment rated = templateTenant.createRatedShipment(Unique.key("billed-template"));
    return templateTenant
        .buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"))
        .expect(200)
        .path("id")
        .asText();
  }

  /** Clones the template {@code count} times into {@code tenantId}, which has no shipment yet. */
  public Seeded seed(String templateId, String tenantId, int count) {
    Instant now = Instant.now();
    new FinishedShipments(database)
        .seed(List.of(templateId), tenantId, count, now.minus(Duration.ofHours(1)), now);
    try (Connection connection = database.systemConnection()) {
      connection.setAutoCommit(false);
      Seeded seeded = charge(connection, templateId, count);
      int cloned = update(connection, CLONE_PURCHASES, templateId, tenantId);
      if (cloned != count) {
        throw new IllegalStateException("cloned " + cloned + " purchases, expected " + count);
      }
      update(connection, CLONE_POSTINGS, templateId, tenantId);
      update(connection, DELIVERED, templateId, tenantId);
      connection.commit();
      return seeded;
    } catch (SQLException e) {
      throw new IllegalStateException("seeding the ledger of " + count + " labels failed", e);
    }
  }

  private static Seeded charge(Connection connection, String templateId, int count)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(CARRIER_CHARGE)) {
      query.setString(1, templateId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        if (row.getInt(1) != 1) {
          throw new IllegalStateException(
              "the template needs exactly one label_purchase transaction, has " + row.getInt(1));
        }
        return new Seeded(row.getString(3), count, row.getBigDecimal(2));
      }
    }
  }

  private static int update(Connection connection, String sql, String templateId, String tenantId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, templateId);
      statement.setString(2, tenantId);
      return statement.executeUpdate();
    }
  }
}
