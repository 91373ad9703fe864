package com.parceliq.activities.invoicing;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Ledger entries shaped as activities/ledger posts them (postings summing to zero), written
 * directly so their instant can be chosen.
 */
final class LedgerFixtures {

  private final EntityManager entityManager;

  LedgerFixtures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  String tenant(String name, Instant createdAt) {
    String id = Ids.newId(IdPrefix.TENANT);
    run(
        "insert into tenants (id, name, created_at) values (?1, ?2, ?3)",
        id,
        name,
        Timestamp.from(createdAt));
    return id;
  }

  /**
   * An entry of {@code kind} at {@code at}; {@code postings} pairs of account and signed amount
   * (credits negative), which must sum to zero.
   */
  String entry(
      String tenantId,
      String kind,
      String shipmentId,
      String amount,
      String description,
      Instant at,
      Object... postings) {
    String id = Ids.newId(IdPrefix.LEDGER_ENTRY);
    run(
        """
        insert into ledger_transactions (id, tenant_id, idempotency_key, kind, shipment_id, amount,
                                         currency, description, created_at)
        values (?1, ?2, ?1, ?3, ?4, cast(?5 as numeric), 'USD', ?6, ?7)
        """,
        id,
        tenantId,
        kind,
        shipmentId,
        amount,
        description,
        Timestamp.from(at));
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < postings.length; i += 2) {
      BigDecimal posted = new BigDecimal((String) postings[i + 1]);
      sum = sum.add(posted);
      run(
          """
          insert into ledger_postings (transaction_id, tenant_id, account, amount, currency)
          values (?1, ?2, ?3, cast(?4 as numeric), 'USD')
          """,
          id,
          tenantId,
          postings[i],
          posted.toPlainString());
    }
    if (sum.signum() != 0) {
      throw new IllegalArgumentException("postings of " + kind + " sum to " + sum);
    }
    return id;
  }

  private void run(String sql, Object... parameters) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              query.executeUpdate();
            });
  }
}
