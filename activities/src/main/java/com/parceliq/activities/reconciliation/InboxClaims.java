package com.parceliq.activities.reconciliation;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Claims inbox files for reconciliation: a run row per object (source inbox), inserted once thanks
 * to the unique (tenant, bucket, key) of inbox runs, for existing tenants only. Answers the claims
 * still pending, whose workflows the scan starts (or finds started).
 */
@ApplicationScoped
public class InboxClaims {

  /** One object found under a carrier's prefix, with the tenant its key names. */
  record InboxObject(String tenantId, String key, long bytes) {}

  private static final String CLAIM =
      """
      insert into reconciliation_runs
        (id, tenant_id, carrier, source, object_bucket, object_key, object_bytes, status)
      select ?, t.id, ?, 'inbox', ?, ?, ?, 'pending' from tenants t where t.id = ?
      on conflict do nothing
      """;

  private static final String PENDING =
      """
      select id, tenant_id, object_key from reconciliation_runs
       where source = 'inbox' and object_bucket = ? and object_key = any(?) and status = 'pending'
       order by object_key
      """;

  @Inject DataSource dataSource;

  List<ReconciliationRequest> claim(String carrier, String bucket, List<InboxObject> objects) {
    if (objects.isEmpty()) {
      return List.of();
    }
    return Sql.inNewTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            for (InboxObject object : objects) {
              Sql.bind(
                  claim,
                  Ids.newId(IdPrefix.RECONCILIATION),
                  carrier,
                  bucket,
                  object.key(),
                  object.bytes(),
                  object.tenantId());
              claim.addBatch();
            }
            claim.executeBatch();
          }
          List<ReconciliationRequest> pending = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            Array keys =
                connection.createArrayOf(
                    "text", objects.stream().map(InboxObject::key).toArray(String[]::new));
            Sql.bind(select, bucket, keys);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                pending.add(
                    new ReconciliationRequest(
                        row.getString(2),
                        row.getString(1),
                        carrier,
                        "inbox",
                        bucket,
                        row.getString(3)));
              }
            }
          }
          return pending;
        });
  }
}
