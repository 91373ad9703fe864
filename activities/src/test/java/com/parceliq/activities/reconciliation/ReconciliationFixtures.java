package com.parceliq.activities.reconciliation;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Tenants, labels as the purchase saga leaves them, and reads of what reconciliation wrote. */
final class ReconciliationFixtures {

  private final EntityManager entityManager;

  ReconciliationFixtures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  String tenant() {
    String id = Ids.newId(IdPrefix.TENANT);
    run("insert into tenants (id, name) values (?1, 'reconciliation test')", id);
    return id;
  }

  /** A purchased sandbox label whose carrier charge was {@code charged}; answers its id. */
  String label(String tenantId, String trackingCode, String status, String charged) {
    String id = Ids.newId(IdPrefix.SHIPMENT);
    run(
        """
        insert into shipments (id, tenant_id, status, from_address, to_address, parcel, carrier,
                               tracking_code)
        values (?1, ?2, ?3, '{}', '{}', '{}', 'sandbox', ?4)
        """,
        id,
        tenantId,
        status,
        trackingCode);
    run(
        """
        insert into ledger_transactions (id, tenant_id, idempotency_key, kind, shipment_id, amount,
                                         currency, description)
        values ('led_' || ?2, ?1, 'label:' || ?2, 'label_purchase', ?2, cast(?3 as numeric),
                'USD', 'label')
        """,
        tenantId,
        id,
        charged);
    run(
        """
        insert into ledger_postings (transaction_id, tenant_id, account, amount, currency)
        values ('led_' || ?2, ?1, 'carrier_payable', -cast(?3 as numeric), 'USD'),
               ('led_' || ?2, ?1, 'wallet', cast(?3 as numeric), 'USD')
        """,
        tenantId,
        id,
        charged);
    return id;
  }

  long count(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).longValue();
  }

  Object single(String sql, Object... parameters) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              return query.getSingleResult();
            });
  }

  @SuppressWarnings("unchecked")
  List<Object[]> rows(String sql, Object... parameters) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              return (List<Object[]>) query.getResultList();
            });
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
